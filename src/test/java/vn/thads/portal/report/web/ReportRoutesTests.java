package vn.thads.portal.report.web;

import java.time.format.DateTimeFormatter;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.thads.portal.period.ReportingCalendar;
import vn.thads.portal.support.FullStack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thads.portal.support.TestUsers.session;

/**
 * The report routes on the demo data: who gets which report (their own subtree only,
 * administrators everything), the downloads' headers, and the reports that cannot be
 * printed, refused with a message on the selection page.
 */
@FullStack
class ReportRoutesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ReportingCalendar calendar;

	@Test
	void anOfficerGetsTheirOwnAgencysReportAndNoOther() throws Exception {
		print("kg-rg.canbo", "/reports/KG-RG/2022-09").andExpect(status().isOk());
		print("kg-rg.canbo", "/reports/KG-RG/2022-09.pdf").andExpect(status().isOk());
		print("kg-rg.canbo", "/reports/KG-RG/2022-09.xlsx").andExpect(status().isOk());
		for (String path : new String[] { "/reports/KG-HT/2022-09", "/reports/KG/2022-09", "/reports/KG/2022-09.pdf",
				"/reports/KG-HT/2022-09.xlsx", "/reports/VP/2022-09", "/reports/NOPE/2022-09" }) {
			print("kg-rg.canbo", path).andExpect(status().isForbidden());
		}
		print("kg-rg.canbo", "/reports?agency=KG").andExpect(status().isForbidden());
		print("kg-rg.canbo", "/reports/open?agency=KG&year=2022&choice=quarter-4").andExpect(status().isForbidden());
	}

	@Test
	void aLeaderGetsTheReportsOfTheirSubtree() throws Exception {
		print("kg.lanhdao", "/reports/KG/2022-09").andExpect(status().isOk());
		print("kg.lanhdao", "/reports/KG-RG/2022-09.pdf").andExpect(status().isOk());
		print("kg.lanhdao", "/reports/VP/2022-09").andExpect(status().isForbidden());
		print("kg.lanhdao", "/reports/TW/2022-09.xlsx").andExpect(status().isForbidden());
		print("vp.lanhdao", "/reports/KG-RG/2022-09").andExpect(status().isForbidden());
		print("tw.lanhdao", "/reports/KG-RG/2022-09").andExpect(status().isOk());
	}

	@Test
	void anAdministratorGetsAnyReport() throws Exception {
		print("admin", "/reports/TW/2022-09.pdf").andExpect(status().isOk());
		print("admin", "/reports/VP/2023-06?kind=quarter").andExpect(status().isOk());
		print("admin", "/reports/LA-CT/2021-08.xlsx").andExpect(status().isOk());
		print("admin", "/reports/NOPE/2022-09").andExpect(status().isNotFound());
	}

	@Test
	void signingInComesFirst() throws Exception {
		this.mvc.perform(get("/reports/KG/2022-09.pdf")).andExpect(redirectedUrl("/login"));
	}

	@Test
	void downloadsAreNamedInAsciiAndByRfc5987() throws Exception {
		print("kg.lanhdao", "/reports/KG/2022-09.pdf?kind=quarter").andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"bao-cao-KG-2022-09.pdf\"; filename*=UTF-8''bao-cao-KG-2022-09.pdf"));
		print("kg.lanhdao", "/reports/KG-RG/2022-06.xlsx")
			.andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"bao-cao-KG-RG-2022-06.xlsx\"; filename*=UTF-8''bao-cao-KG-RG-2022-06.xlsx"));
	}

	@Test
	void thePrintViewIsADocumentWithLinksToItsFilesAndBack() throws Exception {
		Document page = html(print("kg.lanhdao", "/reports/KG/2022-03?kind=quarter&date=2022-04-06&basis=approved")
			.andExpect(status().isOk()));
		assertThat(page.select("header.portal-header, nav")).isEmpty();
		assertThat(page.selectFirst(".period-title").text()).isEqualTo("Quý II năm 2022");
		assertThat(page.selectFirst(".admin-header .date-line").text())
			.isEqualTo("Kiên Giang, ngày 06 tháng 04 năm 2022");
		assertThat(page.select(".screen-toolbar a").eachAttr("href")).containsExactly(
				"/reports?agency=KG&year=2022&choice=quarter-2&basis=approved&date=2022-04-06",
				"/reports/KG/2022-03.pdf?kind=quarter&basis=approved&date=2022-04-06",
				"/reports/KG/2022-03.xlsx?kind=quarter&basis=approved&date=2022-04-06");
		// the same month as "6 tháng" when the link names no kind
		assertThat(html(print("kg.lanhdao", "/reports/KG/2022-03")).selectFirst(".period-title").text())
			.isEqualTo("6 tháng năm 2022");
	}

	@Test
	void aPeriodNotYetEndedIsRefusedWithAMessageOnTheSelectionPage() throws Exception {
		for (String path : new String[] { "/reports/KG/2099-03", "/reports/KG/2099-03.pdf",
				"/reports/KG/2099-03.xlsx" }) {
			Document page = html(print("kg.lanhdao", path).andExpect(status().isUnprocessableContent())
				.andExpect(content().contentTypeCompatibleWith("text/html")));
			String today = DateTimeFormatter.ofPattern("dd/MM/yyyy").format(this.calendar.today());
			assertThat(page.selectFirst("#choice-error").text())
				.isEqualTo("Kỳ báo cáo từ ngày 01/10/2098 đến ngày 31/03/2099 chưa kết thúc (hôm nay là ngày " + today
						+ "): chỉ in được báo cáo của kỳ đã kết thúc.");
			// the link's choices stay on the page
			assertThat(page.selectFirst("#year option[selected]").attr("value")).isEqualTo("2099");
			assertThat(page.selectFirst("#choice option[selected]").attr("value")).isEqualTo("six-months");
			assertThat(page.selectFirst("#agency option[selected]").attr("value")).isEqualTo("KG");
		}
	}

	@Test
	void aKindThatDoesNotFitOrABadDateOrBasisIsRefusedOnItsField() throws Exception {
		Document kind = html(
				print("kg.lanhdao", "/reports/KG/2022-05?kind=quarter").andExpect(status().isUnprocessableContent()));
		assertThat(kind.selectFirst("#choice-error").text())
			.isEqualTo("Kỳ 2022-05 không kết thúc một quý của năm thống kê.");
		assertThat(kind.selectFirst("#choice option[selected]").attr("value")).isEqualTo("month-05");
		Document date = html(print("kg.lanhdao", "/reports/KG/2022-09.pdf?date=2022-09-30")
			.andExpect(status().isUnprocessableContent()));
		assertThat(date.selectFirst("#date-error").text())
			.isEqualTo("Ngày báo cáo 30/09/2022 phải sau ngày kết thúc kỳ báo cáo (30/09/2022).");
		assertThat(date.selectFirst("#date").attr("value")).isEqualTo("2022-09-30");
		Document typo = html(
				print("kg.lanhdao", "/reports/KG/2022-09?date=5/10/2022").andExpect(status().isUnprocessableContent()));
		assertThat(typo.selectFirst("#date-error").text())
			.isEqualTo("Ngày báo cáo \"5/10/2022\" không hợp lệ; hãy nhập ngày/tháng/năm.");
		Document basis = html(
				print("kg.lanhdao", "/reports/KG/2022-09?basis=draft").andExpect(status().isUnprocessableContent()));
		assertThat(basis.select(".invalid-feedback").text()).contains("draft");
		print("kg.lanhdao", "/reports/KG/2022-13").andExpect(status().isUnprocessableContent());
	}

	@Test
	void theSelectionPageOpensOnTheLatestQuarterWithDataOfTheUsersAgency() throws Exception {
		Document leader = html(print("ag.lanhdao", "/reports").andExpect(status().isOk()));
		assertThat(leader.select("#agency option").eachAttr("value")).contains("AG", "AG-KV01", "AG-KV15")
			.doesNotContain("PT", "TW");
		assertThat(leader.selectFirst("#agency option[selected]").attr("value")).isEqualTo("AG");
		assertThat(leader.selectFirst("#year option[selected]").attr("value")).isEqualTo("2026");
		assertThat(leader.selectFirst("#choice option[selected]").text()).isEqualTo("Quý IV");
		assertThat(leader.select("#choice option").eachText()).contains("Quý I", "6 tháng", "Cả năm (12 tháng)",
				"Tháng 10 (1 tháng)", "Tháng 9 (12 tháng)");
		assertThat(leader.select("input[name=basis][checked]").attr("value")).isEqualTo("submitted");
		assertThat(leader.selectFirst("#date").attr("value")).isEqualTo(this.calendar.today().toString());
		Document officer = html(print("ag-kv01.canbo", "/reports").andExpect(status().isOk()));
		assertThat(officer.select("#agency option").eachAttr("value")).contains("AG-KV01")
			.doesNotContain("AG-KV02", "AG");
		assertThat(officer.select("#nav-reports").attr("href")).isEqualTo("/reports");
	}

	@Test
	void theSelectionGoesToTheChosenReportOrSaysWhatIsWrong() throws Exception {
		print("kg.lanhdao", "/reports/open?agency=KG-HT&year=2022&choice=six-months&basis=submitted&format=")
			.andExpect(redirectedUrl("/reports/KG-HT/2022-03?kind=six-months"));
		print("kg.lanhdao",
				"/reports/open?agency=KG&year=2022&choice=quarter-4&basis=approved&date=2022-10-05&format=pdf")
			.andExpect(redirectedUrl("/reports/KG/2022-09.pdf?kind=quarter&basis=approved&date=2022-10-05"));
		print("kg.lanhdao", "/reports/open?agency=KG&year=2021&choice=month-08&format=xlsx")
			.andExpect(redirectedUrl("/reports/KG/2021-08.xlsx?kind=month"));
		Document refused = html(
				print("kg.lanhdao", "/reports/open?agency=KG&year=2099&choice=quarter-1&basis=submitted")
					.andExpect(status().isUnprocessableContent()));
		assertThat(refused.selectFirst("#choice-error").text()).startsWith("Kỳ báo cáo từ ngày 01/10/2098");
		assertThat(refused.selectFirst("#choice option[selected]").attr("value")).isEqualTo("quarter-1");
		Document unknown = html(print("kg.lanhdao", "/reports/open?agency=KG&year=2022&choice=quarter-9")
			.andExpect(status().isUnprocessableContent()));
		assertThat(unknown.selectFirst("#choice-error").text()).contains("quarter-9");
	}

	private ResultActions print(String user, String path) throws Exception {
		return this.mvc.perform(get(path).with(session(user)));
	}

	private static Document html(ResultActions result) throws Exception {
		return Jsoup.parse(result.andReturn().getResponse().getContentAsString());
	}

}
