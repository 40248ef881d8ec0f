package vn.thads.portal.dashboard.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.returns.ReturnStatus;
import vn.thads.portal.stats.StatsFixtures;
import vn.thads.portal.support.FullStack;
import vn.thads.portal.support.TestAgencies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thads.portal.support.TestUsers.session;

/**
 * The dashboard pages on the real stack with the demo data: what a leader reads (the
 * published KG22 figures, worded and formatted), who may open which dashboard, where each
 * role lands, and a period that cannot be shown.
 */
@FullStack
class DashboardPagesTests {

	@Autowired
	TestAgencies testAgencies;

	@Autowired
	StatsFixtures statsFixtures;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		String html = this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return Jsoup.parse(html);
	}

	@Test
	void kienGiang2022AsTheLeaderReadsIt() throws Exception {
		Document page = page(get("/dashboard/KG").param("period", "2022-09").with(session("kg.lanhdao")));
		assertThat(page.select("h1").text()).isEqualTo("Cục Thi hành án dân sự tỉnh Kiên Giang");
		assertThat(page.select("#period-label").text()).isEqualTo("12 tháng năm 2022 (01/10/2021 – 30/09/2022)");
		Element cases = page.selectFirst("#card-cases");
		assertThat(cases.select(".headline-rate").text()).isEqualTo("83,50 %");
		assertThat(cases.text()).contains("Chỉ tiêu năm 2022: 81,50 %", "Vượt chỉ tiêu 2,00 điểm %", "20.352", "14.647",
				"12.230");
		assertThat(cases.hasClass("standing-reached")).isTrue();
		Element money = page.selectFirst("#card-money");
		assertThat(money.select(".headline-rate").text()).isEqualTo("57,79 %");
		assertThat(money.text()).contains("Chỉ tiêu năm 2022: 40,10 %", "Vượt chỉ tiêu 17,69 điểm %",
				"Cùng kỳ năm 2021: 47,89 %", "Tỷ lệ tăng 9,90 điểm %", "Số thi hành xong tăng 47,30 %",
				"1.165.081.049");
		assertThat(page.select("#completeness-summary").text()).isEqualTo("16/16 đơn vị đã gửi, 15 đã duyệt");
		assertThat(page.select("#late-KG-GT").text()).contains("muộn");

		Element table = page.selectFirst("#units-cases");
		assertThat(table.select("tbody tr")).hasSize(16);
		assertThat(table.select("tbody tr").first().text()).startsWith("Văn phòng Cục");
		Element total = table.selectFirst("tfoot tr");
		assertThat(total.select("td").eachText()).containsSequence("20.352", "14.647", "12.230", "83,50", "81,50",
				"+2,00");
		for (Element row : table.select("tbody tr")) {
			boolean below = row.select("td.gap-cell").text().startsWith("-");
			assertThat(row.hasClass("unit-below")).as(row.id()).isEqualTo(below);
			assertThat(row.select(".below-badge").isEmpty()).isEqualTo(!below);
		}
		assertThat(page.select("#choose-period option[selected]").text())
			.isEqualTo("12 tháng năm 2022 (01/10/2021 – 30/09/2022)");
	}

	@Test
	void theSelectorLabelsPeriodsTheWayAgenciesWriteThem() throws Exception {
		Document page = page(get("/dashboard/VP").param("period", "2021-08").with(session("vp.lanhdao")));
		assertThat(page.select("#choose-period option[selected]").text())
			.isEqualTo("11 tháng năm 2021 (01/10/2020 – 31/08/2021)");
		assertThat(page.select("#choose-period option")).hasSize(12);
		assertThat(page.select("#choose-year option[selected]").attr("value")).isEqualTo("2021-08");
		assertThat(page.select("#period-previous").attr("href")).isEqualTo("/dashboard/VP?period=2021-07");
		assertThat(page.select("#period-next").attr("href")).isEqualTo("/dashboard/VP?period=2021-09");
	}

	@Test
	void theChartsDataIsTheEnginesNumbersAsJson() throws Exception {
		Document page = page(get("/dashboard/KG").param("period", "2022-09").with(session("kg.lanhdao")));
		JsonNode charts = JsonMapper.builder()
			.build()
			.readTree(page.selectFirst("#dashboard-data").attr("data-charts"));
		JsonNode trend = charts.get("casesTrend");
		assertThat(trend.get("labels")).hasSize(12);
		assertThat(trend.get("labels").get(0).asString()).isEqualTo("10/2021");
		JsonNode rate = trend.get("series").get(0);
		assertThat(rate.get("key").asString()).isEqualTo("rate");
		assertThat(rate.get("values").get(11).decimalValue()).isEqualByComparingTo("83.50");
		assertThat(rate.get("shown").get(11).asString()).isEqualTo("83,50 %");
		JsonNode compare = charts.get("compare");
		assertThat(compare.get("series").get(0).get("values").get(1).decimalValue()).isEqualByComparingTo("57.79");
		JsonNode ranking = charts.get("moneyRanking");
		assertThat(ranking.get("labels")).hasSize(16);
		assertThat(ranking.get("series").get(0).get("standings").get(0).asString()).isIn("reached", "below", "none");
		for (String canvas : List.of("chart-cases-trend", "chart-money-trend", "chart-cases-ranking",
				"chart-money-ranking", "chart-compare")) {
			Element element = page.getElementById(canvas);
			assertThat(element.attr("role")).isEqualTo("img");
			assertThat(element.attr("aria-label")).isNotBlank();
			assertThat(charts.has(element.attr("data-chart"))).isTrue();
		}
		assertThat(page.select("#table-cases-trend tbody tr")).hasSize(12);
		assertThat(page.select("#table-cases-trend tbody tr").last().text()).contains("83,50 %");
	}

	@Test
	void aProvinceLeaderSeesTheirProvinceAndItsUnitsOnly() throws Exception {
		this.mvc.perform(get("/dashboard/KG").with(session("kg.lanhdao"))).andExpect(status().isOk());
		this.mvc.perform(get("/dashboard/KG-RG").with(session("kg.lanhdao"))).andExpect(status().isOk());
		for (String outside : List.of("VP", "VP-VY", "TW", "LA-CT", "NOPE")) {
			this.mvc.perform(get("/dashboard/" + outside).with(session("kg.lanhdao")))
				.andExpect(status().isForbidden());
			this.mvc.perform(get("/dashboard/" + outside + "/units.csv").with(session("kg.lanhdao")))
				.andExpect(status().isForbidden());
			this.mvc.perform(get("/dashboard/" + outside + "/units.xlsx").with(session("kg.lanhdao")))
				.andExpect(status().isForbidden());
		}
	}

	@Test
	void theCentralLeaderSeesEveryProvinceAndDrillsDownToUnits() throws Exception {
		Document national = page(get("/dashboard/TW").param("period", "2022-09").with(session("tw.lanhdao")));
		// today's provinces, with their predecessors' figures of 2022
		assertThat(national.select("#units-cases tbody tr").eachAttr("id")).contains("row-cases-AG", "row-cases-PT",
				"row-cases-TN");
		assertThat(national.select("#row-cases-AG").attr("data-href")).isEqualTo("/dashboard/AG?period=2022-09");
		assertThat(national.select("#row-cases-AG").text()).contains("28/28 đơn vị đã gửi");
		Document province = page(get("/dashboard/KG").param("period", "2022-09").with(session("tw.lanhdao")));
		assertThat(province.select("#trail a").eachText()).containsExactly("Tổng cục THADS");
		assertThat(province.select("#row-cases-KG-RG a").first().attr("href"))
			.isEqualTo("/dashboard/KG-RG?period=2022-09");
		Document unit = page(get("/dashboard/KG-RG").param("period", "2022-09").with(session("tw.lanhdao")));
		assertThat(unit.select("#trail a").eachText()).containsExactly("Tổng cục THADS", "Kiên Giang");
		assertThat(unit.select("#units-cases")).isEmpty();
		assertThat(unit.select("#own-return-link").attr("href")).isEqualTo("/returns/KG-RG/2022-09");
		this.mvc.perform(get("/dashboard/VP-VY").with(session("tw.lanhdao"))).andExpect(status().isOk());
	}

	@Test
	void anOfficerSeesTheirOwnAgencyOnly() throws Exception {
		this.mvc.perform(get("/dashboard").with(session("kg-rg.canbo"))).andExpect(redirectedUrl("/dashboard/KG-RG"));
		Document own = page(get("/dashboard/KG-RG").with(session("kg-rg.canbo")));
		assertThat(own.select("#trail")).isEmpty();
		assertThat(own.select("#own-return")).hasSize(1);
		for (String outside : List.of("KG", "KG-HT", "VP")) {
			this.mvc.perform(get("/dashboard/" + outside).with(session("kg-rg.canbo")))
				.andExpect(status().isForbidden());
		}
	}

	@Test
	void eachRoleLandsOnItsOwnStartingPage() throws Exception {
		this.mvc.perform(get("/").with(session("kg.lanhdao"))).andExpect(redirectedUrl("/dashboard/KG"));
		this.mvc.perform(get("/").with(session("tw.lanhdao"))).andExpect(redirectedUrl("/dashboard/TW"));
		this.mvc.perform(get("/").with(session("kg-rg.canbo"))).andExpect(redirectedUrl("/returns/KG-RG"));
		this.mvc.perform(get("/").with(session("admin"))).andExpect(redirectedUrl("/dashboard"));
		this.mvc.perform(get("/dashboard").with(session("admin"))).andExpect(redirectedUrl("/dashboard/TW"));
		this.mvc.perform(get("/dashboard").with(session("kg.lanhdao"))).andExpect(redirectedUrl("/dashboard/KG"));
	}

	@Test
	void aPeriodThatCannotBeShownLeadsToTheLatestWithTheReason() throws Exception {
		this.mvc.perform(get("/dashboard/KG").param("period", "2099-01").with(session("kg.lanhdao")))
			.andExpect(redirectedUrl("/dashboard/KG"))
			.andExpect(flash().attribute("failure", "dashboard.period.notEnded"));
		this.mvc.perform(get("/dashboard/KG").param("period", "2022-13").with(session("kg.lanhdao")))
			.andExpect(redirectedUrl("/dashboard/KG"))
			.andExpect(flash().attribute("failure", "period.invalid"));
		this.mvc.perform(get("/dashboard/KG/units.csv").param("period", "2099-01").with(session("kg.lanhdao")))
			.andExpect(redirectedUrl("/dashboard/KG"))
			.andExpect(flash().attribute("failure", "dashboard.period.notEnded"));
		// out of scope stays 403 whatever the period
		this.mvc.perform(get("/dashboard/VP").param("period", "2099-01").with(session("kg.lanhdao")))
			.andExpect(status().isForbidden());
	}

	@Test
	void theDashboardSpeaksEnglish() throws Exception {
		Document page = page(
				get("/dashboard/KG").param("period", "2022-09").param("lang", "en").with(session("kg.lanhdao")));
		assertThat(page.select("#period-label").text()).isEqualTo("12 months of 2022 (01/10/2021 – 30/09/2022)");
		assertThat(page.select("#card-cases").text()).contains("2,00 points above target", "83,50 %");
	}

	@Test
	void aUnitsNameStaysTextInTheTableAndTheChartsData() throws Exception {
		AgencyRef province = this.testAgencies.province();
		AgencyRef unit = this.testAgencies.local(province);
		String hostile = "</script><script>alert('x')</script> & <b>";
		this.jdbc.update("update agency set short_name = ? where id = ?", hostile, unit.id());
		this.jdbc.update("update agency_name set short_name = ? where agency_id = ?", hostile, unit.id());
		this.statsFixtures.file(unit, "2023-06", ReturnStatus.APPROVED, StatsFixtures.enforceable(5, 10),
				StatsFixtures.enforceable(50, 100));
		String html = this.mvc
			.perform(get("/dashboard/" + province.code()).param("period", "2023-06")
				.with(session(this.testAgencies.leader(province))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).doesNotContain("<script>alert(").doesNotContain("<b>");
		Document page = Jsoup.parse(html);
		assertThat(page.select("script").stream().map(Element::data)).noneMatch((code) -> code.contains("alert("));
		// the name is text of a JSON string in the escaped attribute, whole again once
		// read
		JsonNode charts = JsonMapper.builder()
			.build()
			.readTree(page.selectFirst("#dashboard-data").attr("data-charts"));
		assertThat(charts.toString()).contains(hostile);
		assertThat(page.select("#units-cases tbody").text()).contains(hostile);
	}

}
