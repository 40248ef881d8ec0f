package vn.thads.portal.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.thads.portal.support.FullStack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thads.portal.support.TestUsers.session;

/**
 * Every page is the layout fragment around its content: the title "page · THADS", the
 * links and scripts the page adds after the shared ones, and a menu with the sections the
 * user's role may open (security/MainMenu), error pages included.
 */
@FullStack
class LayoutTests {

	@Autowired
	MockMvc mvc;

	@Test
	void eachRoleSeesItsSectionsOfTheMenu() throws Exception {
		assertThat(menu("ag-kv01.canbo")).containsExactly("/dashboard", "/agencies/AG-KV01", "/returns", "/key-cases",
				"/reports");
		assertThat(menu("ag.lanhdao")).containsExactly("/dashboard", "/agencies/AG", "/returns/queue", "/targets",
				"/planner", "/key-cases", "/reports");
		assertThat(menu("admin")).containsExactly("/dashboard", "/agencies/TW", "/targets", "/planner", "/reports",
				"/admin/agencies", "/admin/users");
	}

	@Test
	void theMenuNamesTheUserTheirAgencyAndTheirRole() throws Exception {
		Document page = html(get("/account/password").with(session("ag.lanhdao")), 200);
		assertThat(page.selectFirst("meta[name=thads-user]").attr("content")).isEqualTo("ag.lanhdao");
		Element user = page.selectFirst("#userMenu");
		assertThat(user.selectFirst(".fw-semibold").text()).isNotBlank();
		assertThat(user.selectFirst(".badge").text()).isEqualTo("Lãnh đạo");
		assertThat(page.selectFirst(".dropdown-item-text").text()).contains("An Giang");
		assertThat(page.title()).isEqualTo("Đổi mật khẩu · Thống kê THADS");
	}

	@Test
	void aPageAddsItsStylesAndScriptsAfterTheSharedOnes() throws Exception {
		Document page = html(get("/dashboard/AG").with(session("ag.lanhdao")), 200);
		assertThat(page.title()).isEqualTo("Tổng quan · An Giang · Thống kê THADS");
		assertThat(unversioned(page.select("head link[rel=stylesheet]").eachAttr("href"))).containsExactly(
				"/webjars/bootstrap/css/bootstrap.min.css", "/webjars/bootstrap-icons/font/bootstrap-icons.min.css",
				"/css/portal.css", "/css/dashboard.css");
		assertThat(unversioned(page.select("script[src]").eachAttr("src"))).containsExactly(
				"/webjars/bootstrap/js/bootstrap.bundle.min.js", "/js/portal.js", "/webjars/chart.js/dist/chart.umd.js",
				"/js/dashboard.js");
		assertThat(page.selectFirst("main#main > div.dashboard")).isNotNull();
		assertThat(page.select("[th\\:fragment], [th\\:replace]")).isEmpty();
	}

	/** The asset links without their WebJar versions and content hashes (web/assets). */
	private static List<String> unversioned(List<String> links) {
		return links.stream()
			.map((link) -> link.replaceFirst("/\\d+\\.\\d+\\.\\d+/", "/").replaceFirst("-[0-9a-f]{32}\\.", "."))
			.toList();
	}

	/**
	 * Pages rendered by an exception handler get no model attributes, yet the same menu.
	 */
	@Test
	void anErrorPageIsLaidOutLikeAnyOther() throws Exception {
		Document page = html(get("/admin/users/999999").with(session("admin")), 404);
		assertThat(page.title()).isEqualTo("Không tìm thấy trang · Thống kê THADS");
		assertThat(page.select("#mainNav .navbar-nav a.nav-link").eachAttr("href")).contains("/admin/users");
		assertThat(page.selectFirst("main#main .display-4").text()).isEqualTo("404");
		assertThat(page.selectFirst("main#main h1").text()).isEqualTo("Không tìm thấy trang");
	}

	@Test
	void noTemplateUsesTheLayoutDialect() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			List<Path> dialect = files.filter((f) -> f.toString().endsWith(".html")).filter((f) -> {
				try {
					return Files.readString(f).contains("layout:");
				}
				catch (IOException ex) {
					throw new IllegalStateException(ex);
				}
			}).toList();
			assertThat(dialect).isEmpty();
		}
	}

	private List<String> menu(String user) throws Exception {
		return html(get("/account/password").with(session(user)), 200).select("#mainNav .navbar-nav a.nav-link")
			.eachAttr("href");
	}

	private Document html(MockHttpServletRequestBuilder request, int status) throws Exception {
		return Jsoup.parse(this.mvc.perform(request)
			.andExpect(status().is(status))
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}
