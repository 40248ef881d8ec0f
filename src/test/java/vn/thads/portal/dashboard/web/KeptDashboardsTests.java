package vn.thads.portal.dashboard.web;

import java.util.List;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.returns.ReturnStatus;
import vn.thads.portal.stats.StatsFixtures;
import vn.thads.portal.support.DemoPrincipals;
import vn.thads.portal.support.FullStack;
import vn.thads.portal.support.SqlStatements;
import vn.thads.portal.support.TestAgencies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A dashboard's content is rendered once per data version, day, language and viewer
 * ({@link KeptDashboards}): a kept page is the page as rendered, each viewer gets their
 * own (breadcrumb, lineage and the leader's queue button depend on who looks), a saved
 * return changes it (and the menu's review badge) at once, each language gets its own,
 * and a kept page costs the database almost nothing.
 */
@FullStack
class KeptDashboardsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	KeptDashboards kept;

	@Autowired
	TestAgencies testAgencies;

	@Autowired
	StatsFixtures statsFixtures;

	private static final String QUEUE_BUTTON = "#completeness a[href=/returns/queue]";

	private Document page(String path, String username, Cookie... cookies) throws Exception {
		MockHttpServletRequestBuilder request = get(path).with(user(DemoPrincipals.load(username)));
		if (cookies.length > 0) {
			request.cookie(cookies);
		}
		return Jsoup
			.parse(this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	@Test
	void aKeptPageIsThePageAsRendered() throws Exception {
		Document first = page("/dashboard/AG?period=2023-06", "ag.lanhdao");
		long keptAfterFirst = this.kept.size();
		Document again = page("/dashboard/AG?period=2023-06", "ag.lanhdao");
		assertThat(this.kept.size()).isEqualTo(keptAfterFirst).isPositive();
		assertThat(again.selectFirst("main").outerHtml()).isEqualTo(first.selectFirst("main").outerHtml());
		assertThat(again.title()).isEqualTo(first.title()).isEqualTo("Tổng quan · An Giang · Thống kê THADS");
		assertThat(again.select("#units-cases tbody tr")).hasSizeGreaterThan(1);
	}

	@Test
	void eachViewerGetsTheirOwnPage() throws Exception {
		String path = "/dashboard/AG?period=2023-07";
		Document national = page(path, "tw.lanhdao");
		Document province = page(path, "ag.lanhdao");
		Document admin = page(path, "admin");
		// the national leader opens the country above An Giang; An Giang's leader does
		// not
		assertThat(national.select("#trail a").eachText()).isNotEmpty();
		assertThat(province.select("#trail")).isEmpty();
		assertThat(admin.select("#trail a").eachText()).isEqualTo(national.select("#trail a").eachText());
		// leaders are sent to their queue, an administrator reviews nothing
		assertThat(national.select(QUEUE_BUTTON)).hasSize(1);
		assertThat(province.select(QUEUE_BUTTON)).hasSize(1);
		assertThat(admin.select(QUEUE_BUTTON)).isEmpty();
		// asked again, each still gets their own
		assertThat(page(path, "ag.lanhdao").select("#trail")).isEmpty();
		assertThat(page(path, "admin").select(QUEUE_BUTTON)).isEmpty();
		assertThat(page(path, "tw.lanhdao").select("#trail a")).isNotEmpty();
	}

	@Test
	void aSavedReturnChangesTheKeptPageAtOnce() throws Exception {
		AgencyRef province = this.testAgencies.province();
		AgencyRef unit = this.testAgencies.local(province);
		this.statsFixtures.file(province, "2023-06", ReturnStatus.APPROVED, StatsFixtures.enforceable(10, 20),
				StatsFixtures.enforceable(100, 200));
		String leader = this.testAgencies.leader(province);
		String path = "/dashboard/" + province.code() + "?period=2023-06";
		assertThat(page(path, leader).select("#missing-" + unit.code())).hasSize(1);
		Document kept = page(path, leader);
		assertThat(kept.select("#missing-" + unit.code())).hasSize(1);
		assertThat(kept.select("#nav-review .badge")).as("nothing waits for review").isEmpty();

		this.statsFixtures.file(unit, "2023-06", ReturnStatus.SUBMITTED, StatsFixtures.enforceable(5, 10),
				StatsFixtures.enforceable(50, 100));
		Document after = page(path, leader);
		assertThat(after.select("#missing-" + unit.code())).isEmpty();
		assertThat(after.selectFirst("#completeness-summary").text()).startsWith("2/2");
		// the menu's review badge (its count kept per data version too) counts it at once
		assertThat(after.selectFirst("#nav-review .badge").text()).isEqualTo("1");
	}

	@Test
	void eachLanguageGetsItsOwnPage() throws Exception {
		String path = "/dashboard/AG?period=2023-08";
		Document vietnamese = page(path, "ag.lanhdao");
		Document english = page(path, "ag.lanhdao", new Cookie("thads-lang", "en"));
		assertThat(vietnamese.selectFirst("#completeness-title").text()).isEqualTo("Tình hình gửi báo cáo");
		assertThat(english.selectFirst("#completeness-title").text()).isEqualTo("Who has reported");
		assertThat(english.title()).startsWith("Dashboard · ");
		assertThat(page(path, "ag.lanhdao").selectFirst("#completeness-title").text())
			.isEqualTo("Tình hình gửi báo cáo");
	}

	@Test
	void aKeptPageCostsTheDatabaseAlmostNothing() throws Exception {
		String path = "/dashboard/AG?period=2023-09";
		UserDetails leader = DemoPrincipals.load("ag.lanhdao");
		this.mvc.perform(get(path).with(user(leader))).andExpect(status().isOk());
		SqlStatements.start();
		List<String> statements;
		try {
			this.mvc.perform(get(path).with(user(leader))).andExpect(status().isOk());
		}
		finally {
			statements = SqlStatements.stop();
		}
		// MockMvc's request has no session cookie: a session is written for its CSRF
		// token
		List<String> page = statements.stream().filter((sql) -> !sql.contains("SPRING_SESSION")).toList();
		// the data version for the page, and for the menu's review badge (kept count):
		// plain statements (JdbcTemplate without parameters), nothing prepared
		assertThat(page).as("%s", statements).hasSizeLessThanOrEqualTo(2).containsOnly("createStatement");
	}

}
