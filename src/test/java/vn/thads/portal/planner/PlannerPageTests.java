package vn.thads.portal.planner;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import vn.thads.portal.agency.AgencyDirectory;
import vn.thads.portal.period.ReportingPeriod;
import vn.thads.portal.stats.Basis;
import vn.thads.portal.support.FullStack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thads.portal.support.TestUsers.session;

/** The planner page: reached from the menu and the dashboard, scoped, its headline. */
@FullStack
class PlannerPageTests {

	@Autowired
	MockMvc mvc;

	@Test
	void anGiangsPlannerFor10_2026() throws Exception {
		this.mvc.perform(get("/planner/AG").param("period", "2026-10").with(session("ag.lanhdao")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nếu các đơn vị giữ nhịp độ hiện nay, tỉnh đạt")))
			.andExpect(content().string(containsString("id=\"row-AG-KV01\"")))
			.andExpect(content().string(containsString("id=\"row-own\"")))
			.andExpect(content().string(containsString("Dự báo, không phải số liệu báo cáo")))
			.andExpect(content().string(containsString("id=\"nav-planner\"")));
	}

	@Test
	void septemberHasNoMonthLeft() throws Exception {
		this.mvc.perform(get("/planner/AG").param("period", "2026-09").with(session("ag.lanhdao")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tháng cuối của năm thống kê 2026: không còn tháng nào")));
	}

	@Test
	void reachedFromTheMenuAndTheDashboard() throws Exception {
		this.mvc.perform(get("/planner").with(session("ag.lanhdao"))).andExpect(redirectedUrl("/planner/AG"));
		this.mvc.perform(get("/dashboard/AG").param("period", "2026-10").with(session("ag.lanhdao")))
			.andExpect(content().string(containsString("/planner/AG?period=2026-10")));
		// officers have no menu entry, but may open their agency's planner
		this.mvc.perform(get("/returns").with(session("ag.canbo")))
			.andExpect(content().string(not(containsString("id=\"nav-planner\""))));
	}

	@Test
	void outsideTheScopeIs403AndAPeriodNotEndedLeadsBack() throws Exception {
		this.mvc.perform(get("/planner/AG").with(session("pt.lanhdao"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/planner/AG").param("period", "2027-05").with(session("ag.lanhdao")))
			.andExpect(redirectedUrl("/planner/AG"));
	}

	/**
	 * "In / PDF": one row per unit, the note kept with the signatures on the last page.
	 */
	@Test
	void thePlannerPrintedAsPdf(@Autowired SprintPlanner planner, @Autowired AgencyDirectory directory)
			throws Exception {
		byte[] pdf = this.mvc.perform(get("/planner/AG.pdf").param("period", "2026-10").with(session("ag.lanhdao")))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		SprintPlan plan = planner.plan(directory.getByCode("AG"), ReportingPeriod.of(2026, 10), Basis.SUBMITTED);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
			for (PlanRow row : plan.units()) {
				if (!row.ownReturnOnly()) {
					assertThat(text).contains(row.agency().shortName().replaceAll("\\s+", ""));
				}
			}
			PDFTextStripper last = new PDFTextStripper();
			last.setStartPage(document.getNumberOfPages());
			assertThat(last.getText(document)).contains("Ghi chú", "THỦ TRƯỞNG ĐƠN VỊ");
		}
		this.mvc.perform(get("/planner/AG.pdf").param("period", "2026-10").with(session("pt.lanhdao")))
			.andExpect(status().isForbidden());
	}

	/** "Tải Excel": the same document as a workbook, one row per unit. */
	@Test
	void thePlannerAsAWorkbook(@Autowired SprintPlanner planner, @Autowired AgencyDirectory directory)
			throws Exception {
		byte[] xlsx = this.mvc.perform(get("/planner/AG.xlsx").param("period", "2026-10").with(session("ag.lanhdao")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		java.util.List<String> cells = new java.util.ArrayList<>();
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			var formatter = new org.apache.poi.ss.usermodel.DataFormatter();
			workbook.getSheetAt(0).forEach((row) -> row.forEach((cell) -> cells.add(formatter.formatCellValue(cell))));
		}
		SprintPlan plan = planner.plan(directory.getByCode("AG"), ReportingPeriod.of(2026, 10), Basis.SUBMITTED);
		for (PlanRow row : plan.units()) {
			if (!row.ownReturnOnly()) {
				assertThat(cells).contains(row.agency().shortName());
			}
		}
		this.mvc.perform(get("/planner/AG.xlsx").param("period", "2026-10").with(session("pt.lanhdao")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/planner/AG").param("period", "2026-10").with(session("ag.lanhdao")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("/planner/AG.xlsx?period=2026-10")));
	}

}
