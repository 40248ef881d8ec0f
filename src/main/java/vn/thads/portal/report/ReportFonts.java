package vn.thads.portal.report;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the report font to browsers at {@code /fonts/…} (public, see the security
 * configuration) from {@code classpath:/fonts/}, where the PDF renderer reads the same
 * files: one copy of the font for paper and screen.
 */
@Configuration(proxyBeanMethods = false)
class ReportFonts implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/fonts/**")
			.addResourceLocations("classpath:/fonts/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(30)).cachePublic());
	}

}
