package vn.thads.portal.web.assets;

import java.time.Duration;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.CssLinkResourceTransformer;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.VersionResourceResolver;
import org.thymeleaf.TemplateEngine;

/**
 * The portal's static assets (its own {@code css/}, {@code js/}, {@code img/} under
 * {@code static/}, and the WebJars) under content-versioned URLs
 * ({@code /css/portal-<md5>.css},
 * {@code /webjars/bootstrap/5.3.8/css/bootstrap.min-<md5>.css}, the links inside style
 * sheets too): a browser keeps them a year without asking again
 * ({@link ImmutableVersions#IMMUTABLE}), and a changed file gets a new URL. An asset
 * asked for without its version is still served, but revalidated at every use
 * ({@link #UNVERSIONED}). Pages link them as before
 * ({@code th:href="@{/css/portal.css}"}); {@link AssetLinks} puts the version in. Spring
 * Security writes its own {@code no-cache, no-store} only to answers that carry no
 * Cache-Control of their own: the pages (security/SecurityConfiguration), never these.
 * <p>
 * A style sheet's version is that of its own text: a file it links to (a font, an image)
 * that changes while it does not needs it touched too (a WebJar's style sheets change
 * with it, the WebJar's version being in their path).
 * <p>
 * Replaces Spring Boot's default resource handlers
 * ({@code spring.web.resources.add-mappings=false}): the locations the portal uses, with
 * the resource chain and the cache headers that Boot's properties cannot express
 * ({@code immutable}).
 */
@Configuration(proxyBeanMethods = false)
class StaticAssets implements WebMvcConfigurer {

	/** Where the assets are served, below the context path. */
	static final List<String> PREFIXES = List.of("/css/", "/js/", "/img/", "/webjars/");

	/** An asset asked for without its version: kept, but revalidated (Last-Modified). */
	static final CacheControl UNVERSIONED = CacheControl.noCache();

	/** How long a versioned asset is kept (a year, the longest HTTP advises). */
	static final Duration KEPT = Duration.ofDays(365);

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		versioned(registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/"));
		versioned(registry.addResourceHandler("/**").addResourceLocations("classpath:/static/"));
	}

	/**
	 * The resource chain, its answers kept: the content version, WebJars without their
	 * version in the URL (added by the chain), style sheets with versioned links, and
	 * {@link ImmutableVersions} outside the style sheets' rewriting, so that it sees its
	 * result.
	 */
	private static void versioned(ResourceHandlerRegistration registration) {
		registration.setCacheControl(UNVERSIONED)
			.resourceChain(true)
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"))
			.addTransformer(new ImmutableVersions())
			.addTransformer(new CssLinkResourceTransformer());
	}

	/** Every {@code @{…}} link of the templates goes through {@link AssetLinks}. */
	@Bean
	static BeanPostProcessor assetLinksInTemplates(ObjectProvider<ResourceUrlProvider> resourceUrls) {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof TemplateEngine engine) {
					engine.setLinkBuilder(new AssetLinks(resourceUrls));
				}
				return bean;
			}

		};
	}

}
