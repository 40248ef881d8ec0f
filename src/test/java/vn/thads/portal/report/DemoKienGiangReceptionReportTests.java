package vn.thads.portal.report;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.thads.portal.agency.AgencyDirectory;
import vn.thads.portal.returns.Reception;
import vn.thads.portal.returns.ReceptionLine;
import vn.thads.portal.stats.Basis;
import vn.thads.portal.stats.StatsEngine;
import vn.thads.portal.support.FullStack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thads.portal.report.ReportAssemblerTests.SEP_2022;
import static vn.thads.portal.report.XlsxWriterTests.rowOf;
import static vn.thads.portal.support.TestUsers.session;

/**
 * The citizen reception in the demo's Kiên Giang report for 2022 (issue 14, seed 003):
 * the narrative's sentence "đã tiếp 191 lượt công dân (195 người), trong đó lãnh đạo tiếp
 * 135 lượt (139 người); … 9.838 bản án, quyết định" and the section's table of the form's
 * lines as the engine summed them, in the print view, the PDF's text and the workbook; a
 * period without reception figures has neither.
 */
@FullStack
class DemoKienGiangReceptionReportTests {

	private static final String REPORT = "/reports/KG/%s%s?kind=quarter&date=%s";

	private static final String SENTENCE = "Về công tác tiếp công dân, đã tiếp 191 lượt công dân (195 người), trong đó "
			+ "lãnh đạo tiếp 135 lượt (139 người); trong kỳ đã nhận 9.838 bản án, quyết định.";

	/**
	 * The section's total row as printed: the seed's figures, in the form's line order.
	 */
	private static final List<String> TOTAL = List.of("Tổng cộng", "191", "195", "135", "139", "9.838");

	@Autowired
	MockMvc mvc;

	@Autowired
	StatsEngine engine;

	@Autowired
	AgencyDirectory directory;

	@Test
	void theEngineHoldsTheSeedsFigures() {
		Reception reception = this.engine.reception(this.directory.getByCode("KG"), SEP_2022, Basis.SUBMITTED);
		assertThat(reception).isEqualTo(new Reception(191, 195, 135, 139, 9_838));
	}

	@Test
	void thePrintViewHasTheSentenceAndTheSection() throws Exception {
		Document page = Jsoup.parse(new String(download("2022-09", "", "2022-10-05"), StandardCharsets.UTF_8));

		assertThat(page.select(".narrative p").eachText()).contains(SENTENCE);
		Element section = page.selectFirst("section#companion-reception");
		assertThat(section).isNotNull();
		assertThat(section.selectFirst("h2").text()).isEqualTo("Tiếp công dân; bản án, quyết định đã nhận");
		assertThat(section.select("thead tr.labels th").eachText()).containsExactly("Đơn vị", "Số lượt tiếp công dân",
				"Số người được tiếp", "Số lượt lãnh đạo tiếp", "Số người lãnh đạo tiếp", "Bản án, quyết định đã nhận");
		assertThat(section.select("thead tr.numbers th").eachText()).containsExactly("(1)", "(2)", "(3)", "(4)", "(5)");
		assertThat(section.select("tbody tr").stream().map((tr) -> tr.select("td").eachText())).containsExactly(TOTAL);
		// the last section (the administrative judgments', after it): the signatures are
		// kept with it
		assertThat(page.select("section#companion-adminJudgments #document-last-block")).hasSize(1);
		assertThat(page.select("#document-last-block")).hasSize(1);
	}

	@Test
	void thePdfTextHasTheSentenceAndTheSection() throws Exception {
		byte[] pdf = download("2022-09", ".pdf", "2022-10-05");
		ReportSamples.write("demo-kg-2022-q4-reception.pdf", pdf);
		String text;
		try (PDDocument document = Loader.loadPDF(pdf)) {
			text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
		assertThat(text).contains(SENTENCE, "Tiếp công dân; bản án, quyết định đã nhận", String.join(" ", TOTAL));
	}

	@Test
	void theWorkbookHasTheSectionOnASheetOfItsOwn() throws Exception {
		byte[] xlsx = download("2022-09", ".xlsx", "2022-10-05");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
			Sheet sheet = workbook.getSheet("Biểu kèm theo");
			assertThat(sheet).isNotNull();
			assertThat(rowOf(sheet, "Tiếp công dân; bản án, quyết định đã nhận")).isPositive();
			Row total = sheet.getRow(rowOf(sheet, "Tổng cộng"));
			List<Double> values = new ArrayList<>();
			for (ReceptionLine line : ReceptionLine.values()) {
				Cell cell = total.getCell(line.number());
				values.add(cell.getNumericCellValue());
			}
			assertThat(values).containsExactly(191d, 195d, 135d, 139d, 9_838d);
			assertThat(rowOf(sheet, "NGƯỜI LẬP BIỂU")).isGreaterThan(total.getRowNum());
		}
	}

	@Test
	void aPeriodWithoutReceptionFiguresHasNeither() throws Exception {
		Document page = Jsoup.parse(new String(download("2022-06", "", "2022-07-05"), StandardCharsets.UTF_8));
		assertThat(page.select("#companion-reception")).isEmpty();
		assertThat(page.select(".narrative").text()).doesNotContain("tiếp công dân");
		try (XSSFWorkbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(download("2022-06", ".xlsx", "2022-07-05")))) {
			// the other companion forms have figures: their sheet is there, without the
			// reception
			Sheet sheet = workbook.getSheet("Biểu kèm theo");
			assertThat(sheet).isNotNull();
			assertThat(rowOf(sheet, "Tiếp công dân; bản án, quyết định đã nhận")).isNegative();
			assertThat(rowOf(sheet, "Khiếu nại, tố cáo")).isPositive();
		}
	}

	private byte[] download(String period, String suffix, String date) throws Exception {
		return this.mvc.perform(get(REPORT.formatted(period, suffix, date)).with(session("kg.lanhdao")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

}
