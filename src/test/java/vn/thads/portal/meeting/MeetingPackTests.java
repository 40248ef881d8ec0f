package vn.thads.portal.meeting;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.thads.portal.agency.AgencyDirectory;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.keycases.KeyCaseFilter;
import vn.thads.portal.keycases.KeyCaseRegister;
import vn.thads.portal.keycases.KeyCaseRow;
import vn.thads.portal.period.ReportingPeriod;
import vn.thads.portal.planner.PlanRow;
import vn.thads.portal.planner.SprintPlan;
import vn.thads.portal.planner.SprintPlanner;
import vn.thads.portal.security.PortalUser;
import vn.thads.portal.stats.Basis;
import vn.thads.portal.support.DemoPrincipals;
import vn.thads.portal.support.FullStack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thads.portal.support.TestUsers.session;

/**
 * The meeting pack (domain.md §12) on the demo: An Giang 10/2026's PDF holds the units at
 * risk (as the planner ranks them) and the register's first open key cases; conclusions
 * entered for 09/2026 come back in 10/2026's pack; scope and rights.
 */
@FullStack
class MeetingPackTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SprintPlanner planner;

	@Autowired
	KeyCaseRegister register;

	@Autowired
	AgencyDirectory directory;

	@Autowired
	MeetingPackSettings settings;

	@Test
	void anGiangs10_2026PdfHoldsTheUnitsBehindAndTheKeyCases() throws Exception {
		AgencyRef ag = this.directory.getByCode("AG");
		SprintPlan plan = this.planner.plan(ag, ReportingPeriod.of(2026, 10), Basis.SUBMITTED);
		List<PlanRow> behind = plan.units().stream().filter(PlanRow::atRisk).toList();
		List<KeyCaseRow> open = this.register.register((PortalUser) DemoPrincipals.load("ag.lanhdao"), "AG",
				KeyCaseFilter.OPEN);
		assertThat(behind).as("the demo has units at risk in 10/2026").isNotEmpty();
		assertThat(open).hasSizeGreaterThan(this.settings.keyCases());

		String text = squeezed(pdfText(download("/meetings/AG/2026-10.pdf", "ag.lanhdao")));
		assertThat(text).contains(squeezed("Phục vụ cuộc họp giao ban tháng 10/2026"),
				squeezed("II. Đơn vị có nguy cơ không đạt chỉ tiêu (" + behind.size() + " trong " + plan.units().size()
						+ " đơn vị)"));
		for (PlanRow row : behind) {
			if (!row.ownReturnOnly()) {
				assertThat(text).contains(squeezed(row.agency().shortName()));
			}
		}
		// the first N open cases in the register's order, the (N+1)th not
		for (KeyCaseRow row : open.subList(0, this.settings.keyCases())) {
			assertThat(text).contains(squeezed(row.decisionNumber()));
		}
		assertThat(text).contains(squeezed("III. Vụ việc trọng điểm chưa thi hành xong (" + this.settings.keyCases()
				+ " vụ việc đầu trong " + open.size() + " vụ việc của sổ theo dõi)"));
		assertThat(text).contains(squeezed("IV. Chỉ đạo tại cuộc họp giao ban tháng 09/2026 và kết quả thực hiện"));
	}

	@Test
	void theScreenPageIsTheSameDocumentWithItsLinks() throws Exception {
		this.mvc.perform(get("/meetings/AG/2026-10").with(session("ag.lanhdao")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"units-behind\"")))
			.andExpect(content().string(containsString("id=\"key-cases\"")))
			.andExpect(content().string(containsString("href=\"/meetings/AG/2026-10.pdf\"")))
			.andExpect(content().string(containsString("href=\"/meetings/AG/2026-10/decisions\"")));
		this.mvc.perform(get("/dashboard/AG").param("period", "2026-10").with(session("ag.lanhdao")))
			.andExpect(content().string(containsString("/meetings/AG/2026-10")));
		this.mvc.perform(get("/planner/AG").param("period", "2026-10").with(session("ag.lanhdao")))
			.andExpect(content().string(containsString("/meetings/AG/2026-10")))
			.andExpect(content().string(containsString("/planner/AG.pdf?period=2026-10")));
		this.mvc.perform(get("/meetings").with(session("ag.lanhdao"))).andExpect(redirectedUrl("/meetings/AG"));
		this.mvc.perform(get("/meetings/AG").with(session("ag.lanhdao")))
			.andExpect(redirectedUrl("/meetings/AG/2026-10"));
		// a month not yet ended leads to the last one that has
		this.mvc.perform(get("/meetings/AG/2026-11").with(session("ag.lanhdao")))
			.andExpect(redirectedUrl("/meetings/AG"));
	}

	@Test
	void conclusionsEnteredFor07_2026AppearIn08_2026sPack() throws Exception {
		this.mvc.perform(get("/meetings/PT/2026-07/decisions").with(session("pt.lanhdao"))).andExpect(status().isOk());
		this.mvc
			.perform(post("/meetings/PT/2026-07/decisions").with(session("pt.lanhdao"))
				.with(csrf())
				.param("version", "-1")
				.param("decisions[0].text", "Tập trung thi hành dứt điểm các vụ việc tín dụng ngân hàng quý IV")
				.param("decisions[0].responsible", "Khu vực 7")
				.param("decisions[0].due", "2026-12-31")
				.param("decisions[1].text", "")
				.param("decisions[1].responsible", ""))
			.andExpect(redirectedUrl("/meetings/PT/2026-07/decisions"));
		String text = squeezed(pdfText(download("/meetings/PT/2026-08.pdf", "pt.lanhdao")));
		assertThat(text).contains(squeezed("V. Kết luận của cuộc họp giao ban tháng 07/2026 và kết quả thực hiện"),
				squeezed("Tập trung thi hành dứt điểm các vụ việc tín dụng ngân hàng quý IV"), squeezed("Khu vực 7"),
				"31/12/2026");
		// and in July's own pack, as that meeting's conclusions
		this.mvc.perform(get("/meetings/PT/2026-07").with(session("pt.lanhdao")))
			.andExpect(content().string(containsString("Tập trung thi hành dứt điểm")));
		// saving again over the version read before is refused, the input kept
		this.mvc
			.perform(post("/meetings/PT/2026-07/decisions").with(session("pt.lanhdao"))
				.with(csrf())
				.param("version", "-1")
				.param("decisions[0].text", "Một kết luận mới"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Một kết luận mới")));
	}

	@Test
	void theSamePackIsAWorkbook() throws Exception {
		byte[] xlsx = download("/meetings/AG/2026-10.xlsx", "ag.lanhdao");
		List<String> cells = new java.util.ArrayList<>();
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			var formatter = new org.apache.poi.ss.usermodel.DataFormatter();
			workbook.getSheetAt(0).forEach((row) -> row.forEach((cell) -> cells.add(formatter.formatCellValue(cell))));
		}
		String pdf = squeezed(pdfText(download("/meetings/AG/2026-10.pdf", "ag.lanhdao")));
		// the units at risk, the key cases and the last meeting's conclusions, as in the
		// PDF
		String first = this.register.register((PortalUser) DemoPrincipals.load("ag.lanhdao"), "AG", KeyCaseFilter.OPEN)
			.stream()
			.map(KeyCaseRow::decisionNumber)
			.findFirst()
			.orElseThrow();
		assertThat(cells).contains(first,
				"Đã ban hành kế hoạch nước rút; các đơn vị dưới chỉ tiêu đã giao chỉ tiêu đến từng chấp hành viên.");
		assertThat(pdf).contains(squeezed(first));
		this.mvc.perform(get("/meetings/AG/2026-10.xlsx").with(session("pt.lanhdao")))
			.andExpect(status().isForbidden());
	}

	@Test
	void aDateIsNeverBrokenAcrossLines() throws Exception {
		// the key cases' narrow columns hold "(quá hạn từ 16/11/2026)": openhtmltopdf's
		// own
		// line breaker would break after a "/"
		String text = pdfText(download("/meetings/AG/2026-10.pdf", "ag.lanhdao"));
		assertThat(text).containsPattern("\\d{2}/\\d{2}/\\d{4}")
			.doesNotContainPattern("\\d{1,2}/\\d{1,2}\\s*\\R\\s*/\\d{4}")
			.doesNotContainPattern("\\d{1,2}/\\s*\\R\\s*\\d{1,2}/\\d{4}");
	}

	@Test
	void theDemosLastMeetingsConclusionsComeBackWithWhatBecameOfThem() throws Exception {
		// the demo enters the conclusions of the two meetings before the last month ended
		String text = squeezed(pdfText(download("/meetings/AG/2026-10.pdf", "ag.lanhdao")));
		assertThat(text)
			.contains(squeezed("V. Kết luận của cuộc họp giao ban tháng 09/2026 và kết quả thực hiện"),
					squeezed("Các Phòng THADS khu vực có tỷ lệ dưới chỉ tiêu tiến độ xây dựng kế hoạch nước rút"),
					squeezed("Đã ban hành kế hoạch nước rút"), "31/10/2026")
			.doesNotContain(squeezed("Chưa nhập kết luận của cuộc họp giao ban tháng 09/2026"));
		// this meeting's own conclusions are left for the leaders to enter
		assertThat(text).contains(squeezed("VI. Kết luận của cuộc họp giao ban tháng 10/2026"));
	}

	@Test
	void aProblemIsShownOnItsFieldInVietnameseWithTheInputKept() throws Exception {
		this.mvc
			.perform(post("/meetings/TN/2026-08/decisions").with(session("tn.lanhdao"))
				.with(csrf())
				.param("version", "-1")
				.param("decisions[0].text", " ")
				.param("decisions[0].responsible", "Phòng Nghiệp vụ")
				.param("decisions[1].text", "Rà soát hồ sơ")
				.param("decisions[1].due", "31/02/2026"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Nhập nội dung kết luận")))
			.andExpect(content().string(containsString("Thời hạn không hợp lệ")))
			// (Thymeleaf writes ò as an entity)
			.andExpect(content().string(containsString("Nghiệp vụ\"")))
			.andExpect(content().string(containsString("hồ sơ</textarea>")));
		this.mvc
			.perform(post("/meetings/TN/2026-08/decisions").with(session("tn.lanhdao"))
				.with(csrf())
				.param("version", "not a number")
				.param("decisions[0].text", "x"))
			.andExpect(status().isConflict());
	}

	@Test
	void scopeAndRights() throws Exception {
		// another province's leader sees nothing of An Giang's
		this.mvc.perform(get("/meetings/AG/2026-10").with(session("pt.lanhdao"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/meetings/AG/2026-10.pdf").with(session("pt.lanhdao"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/meetings/AG/2026-10/decisions").with(session("pt.lanhdao")))
			.andExpect(status().isForbidden());
		// the province's officers read the pack but do not enter its conclusions
		this.mvc.perform(get("/meetings/AG/2026-10").with(session("ag.canbo")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("/decisions\""))));
		this.mvc.perform(get("/meetings/AG/2026-10/decisions").with(session("ag.canbo")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/meetings/AG/2026-10/decisions").with(session("ag.canbo"))
				.with(csrf())
				.param("version", "-1")
				.param("decisions[0].text", "x"))
			.andExpect(status().isForbidden());
		// the leaders above read it; only the agency's own leaders (and an administrator)
		// enter
		this.mvc.perform(get("/meetings/AG/2026-10").with(session("tw.lanhdao"))).andExpect(status().isOk());
		this.mvc.perform(get("/meetings/AG/2026-10/decisions").with(session("tw.lanhdao")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/meetings/AG/2026-10/decisions").with(session("admin"))).andExpect(status().isOk());
	}

	private byte[] download(String link, String user) throws Exception {
		return this.mvc.perform(get(link).with(session(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	static String pdfText(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	/** Without white space: a table cell wraps its text where it must. */
	static String squeezed(String text) {
		return text.replaceAll("\\s+", "");
	}

}
