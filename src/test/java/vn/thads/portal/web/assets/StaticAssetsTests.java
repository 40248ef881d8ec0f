package vn.thads.portal.web.assets;

import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.thads.portal.support.FullStack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static vn.thads.portal.support.TestUsers.session;

/**
 * Assets under versioned URLs are kept a year and never revalidated, whatever Spring
 * Security would write; pages stay {@code no-store}; the versions are in the pages' links
 * and in the style sheets' {@code url()}s.
 */
@FullStack
class StaticAssetsTests {

	static final Pattern VERSIONED = Pattern.compile("-[0-9a-f]{32}\\.\\w+(\\?.*)?$");

	static final String IMMUTABLE = "max-age=31536000, public, immutable";

	@Autowired
	MockMvc mvc;

	@Autowired
	TemplateEngine templates;

	@Test
	void everyAssetOfTheSignInPageIsVersionedAndImmutable() throws Exception {
		List<String> assets = assets(page("/login", (request) -> request));
		assertThat(assets).anyMatch((url) -> url.startsWith("/webjars/bootstrap/5.3.8/css/bootstrap.min-"))
			.anyMatch((url) -> url.startsWith("/css/portal-"))
			.allMatch((url) -> VERSIONED.matcher(url).find());
		for (String asset : assets) {
			assertImmutable(asset);
		}
	}

	@Test
	void everyAssetOfTheDashboardIsVersionedAndImmutableTheIconFontToo() throws Exception {
		List<String> assets = assets(page("/dashboard/AG", session("ag.lanhdao")));
		assertThat(assets).anyMatch((url) -> url.startsWith("/webjars/chart.js/4.5.1/dist/chart.umd-"))
			.anyMatch((url) -> url.startsWith("/webjars/bootstrap/5.3.8/js/bootstrap.bundle.min-"))
			.anyMatch((url) -> url.startsWith("/css/dashboard-"))
			.allMatch((url) -> VERSIONED.matcher(url).find());
		String icons = assets.stream().filter((url) -> url.contains("bootstrap-icons.min")).findFirst().orElseThrow();
		MockHttpServletResponse css = assertImmutable(icons);
		// the style sheet's links to its fonts carry their versions too
		String woff2 = Pattern.compile("url\\(\"([^\"]+\\.woff2[^\"]*)\"\\)")
			.matcher(css.getContentAsString())
			.results()
			.findFirst()
			.orElseThrow()
			.group(1);
		assertThat(woff2).startsWith("/webjars/bootstrap-icons/1.13.1/font/fonts/bootstrap-icons-")
			.containsPattern(VERSIONED);
		assertThat(assertImmutable(woff2).getContentType()).isEqualTo("font/woff2");
	}

	@Test
	void anAssetAskedForWithoutItsVersionIsServedButRevalidated() throws Exception {
		for (String asset : List.of("/css/portal.css", "/webjars/bootstrap/css/bootstrap.min.css")) {
			MockHttpServletResponse response = this.mvc.perform(get(asset)).andReturn().getResponse();
			assertThat(response.getStatus()).isEqualTo(200);
			assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-cache");
			assertThat(response.getHeader(HttpHeaders.LAST_MODIFIED)).isNotNull();
		}
	}

	@Test
	void aVersionThatIsNotTheContentsIsNotFound() throws Exception {
		assertThat(this.mvc.perform(get("/css/portal-0123456789abcdef0123456789abcdef.css"))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

	@Test
	void pagesAreNeverStored() throws Exception {
		for (MockHttpServletResponse response : List.of(page("/login", (request) -> request),
				page("/dashboard/AG", session("ag.lanhdao")), page("/returns/queue", session("ag.lanhdao")))) {
			assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");
			assertThat(response.getHeader(HttpHeaders.PRAGMA)).isEqualTo("no-cache");
		}
	}

	@Test
	void linksOtherThanAssetsAreLeftAsTheyAre() {
		AssetLinks links = this.templates.getLinkBuilders()
			.stream()
			.filter(AssetLinks.class::isInstance)
			.map(AssetLinks.class::cast)
			.findFirst()
			.orElseThrow();
		assertThat(links.versioned("/css/portal.css", "")).matches("/css/portal-[0-9a-f]{32}\\.css");
		assertThat(links.versioned("/thads/js/portal.js", "/thads")).matches("/thads/js/portal-[0-9a-f]{32}\\.js");
		assertThat(links.versioned("/dashboard/AG?period=2026-10", "")).isEqualTo("/dashboard/AG?period=2026-10");
		assertThat(links.versioned("/css/no-such-file.css", "")).isEqualTo("/css/no-such-file.css");
		assertThat(links.versioned("/thads/css/portal.css", "/other")).isEqualTo("/thads/css/portal.css");
	}

	private MockHttpServletResponse page(String path, RequestPostProcessor user) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(path).with(user)).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response;
	}

	private static List<String> assets(MockHttpServletResponse page) throws Exception {
		Document html = Jsoup.parse(page.getContentAsString());
		return html.select("link[href], script[src], img[src]")
			.stream()
			.map((element) -> element.hasAttr("src") ? element.attr("src") : element.attr("href"))
			.filter((url) -> url.startsWith("/css/") || url.startsWith("/js/") || url.startsWith("/img/")
					|| url.startsWith("/webjars/"))
			.distinct()
			.toList();
	}

	private MockHttpServletResponse assertImmutable(String url) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(url)).andReturn().getResponse();
		assertThat(response.getStatus()).as(url).isEqualTo(200);
		assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).as(url).isEqualTo(IMMUTABLE);
		assertThat(response.getHeaderNames()).as(url).doesNotContain(HttpHeaders.PRAGMA, HttpHeaders.EXPIRES);
		return response;
	}

}
