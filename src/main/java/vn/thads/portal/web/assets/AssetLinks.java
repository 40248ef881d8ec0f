package vn.thads.portal.web.assets;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;

/**
 * Thymeleaf's links, with the version of an asset ({@code @{/css/portal.css}} →
 * {@code /css/portal-<md5>.css}) worked out once per asset, on its first use, by Spring's
 * resource chain ({@link ResourceUrlProvider}), and kept. Any other link costs a few
 * prefix comparisons: Spring's {@code ResourceUrlEncodingFilter} instead asks the chain
 * for every link of every page whether it names a file, which once cost half the time of
 * the national dashboard (docs/benchmarks.md, Dashboards).
 */
class AssetLinks extends StandardLinkBuilder {

	private final ObjectProvider<ResourceUrlProvider> resourceUrls;

	/** Link (context path included) → the same with the version of the asset. */
	private final Map<String, String> versioned = new ConcurrentHashMap<>();

	AssetLinks(ObjectProvider<ResourceUrlProvider> resourceUrls) {
		this.resourceUrls = resourceUrls;
	}

	@Override
	protected String processLink(IExpressionContext context, String link) {
		if (context instanceof IWebContext web) {
			link = versioned(link, web.getExchange().getRequest().getApplicationPath());
		}
		return super.processLink(context, link);
	}

	String versioned(String link, String contextPath) {
		if (!isAsset(link, contextPath)) {
			return link;
		}
		String known = this.versioned.get(link);
		if (known != null) {
			return known;
		}
		String url = this.resourceUrls.getObject().getForLookupPath(link.substring(contextPath.length()));
		if (url == null) {
			// no such file: not kept, so that links made of request data cannot fill the
			// map
			return link;
		}
		this.versioned.put(link, contextPath + url);
		return contextPath + url;
	}

	private static boolean isAsset(String link, String contextPath) {
		if (!link.startsWith(contextPath)) {
			return false;
		}
		for (String prefix : StaticAssets.PREFIXES) {
			if (link.startsWith(prefix, contextPath.length())) {
				return true;
			}
		}
		return false;
	}

}
