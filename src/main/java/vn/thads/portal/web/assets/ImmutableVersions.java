package vn.thads.portal.web.assets;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.resource.HttpResource;
import org.springframework.web.servlet.resource.ResourceTransformer;
import org.springframework.web.servlet.resource.ResourceTransformerChain;

/**
 * {@link #IMMUTABLE} on an asset asked for under its versioned URL, which names one
 * content for ever. Spring's {@code VersionResourceResolver} gives such a request the
 * version as ETag and nothing else gives one; the headers are put on what the rest of the
 * chain made of it (a style sheet with its links rewritten has lost them), and the
 * resource handler writes them after its own Cache-Control ({@link StaticAssets}), so
 * they win.
 */
class ImmutableVersions implements ResourceTransformer {

	/** A versioned asset: kept a year by any cache, never revalidated. */
	static final CacheControl IMMUTABLE = CacheControl.maxAge(StaticAssets.KEPT).cachePublic().immutable();

	@Override
	public Resource transform(HttpServletRequest request, Resource resource, ResourceTransformerChain chain)
			throws IOException {
		String version = (resource instanceof HttpResource http) ? http.getResponseHeaders().getETag() : null;
		Resource transformed = chain.transform(request, resource);
		return (version != null) ? new Immutable(transformed, version) : transformed;
	}

	/**
	 * A versioned asset's content (transformed or not) with its ETag and Cache-Control.
	 */
	private static final class Immutable extends AbstractResource implements HttpResource {

		private final Resource content;

		private final String etag;

		Immutable(Resource content, String etag) {
			this.content = content;
			this.etag = etag;
		}

		@Override
		public HttpHeaders getResponseHeaders() {
			HttpHeaders headers = (this.content instanceof HttpResource http) ? http.getResponseHeaders()
					: new HttpHeaders();
			headers.setETag(this.etag);
			headers.setCacheControl(IMMUTABLE);
			return headers;
		}

		@Override
		public boolean exists() {
			return this.content.exists();
		}

		@Override
		public boolean isReadable() {
			return this.content.isReadable();
		}

		@Override
		public boolean isFile() {
			return this.content.isFile();
		}

		@Override
		public URL getURL() throws IOException {
			return this.content.getURL();
		}

		@Override
		public URI getURI() throws IOException {
			return this.content.getURI();
		}

		@Override
		public File getFile() throws IOException {
			return this.content.getFile();
		}

		@Override
		public InputStream getInputStream() throws IOException {
			return this.content.getInputStream();
		}

		@Override
		public long contentLength() throws IOException {
			return this.content.contentLength();
		}

		@Override
		public long lastModified() throws IOException {
			return this.content.lastModified();
		}

		@Override
		public Resource createRelative(String relativePath) throws IOException {
			return this.content.createRelative(relativePath);
		}

		@Override
		public @Nullable String getFilename() {
			return this.content.getFilename();
		}

		@Override
		public String getDescription() {
			return this.content.getDescription();
		}

	}

}
