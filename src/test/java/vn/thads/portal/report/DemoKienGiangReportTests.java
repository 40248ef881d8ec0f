package vn.thads.portal.report;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.thads.portal.agency.AgencyDirectory;
import vn.thads.portal.returns.Form;
import vn.thads.portal.returns.FormColumn;
import vn.thads.portal.stats.AgencyStats;
import vn.thads.portal.stats.Basis;
import vn.thads.portal.stats.FormTotals;
import vn.thads.portal.stats.StatsEngine;
import vn.thads.portal.stats.UnitBreakdown;
import vn.thads.portal.support.FullStack;
import vn.thads.portal.web.Formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thads.portal.report.ReportAssemblerTests.KG_ROWS;
import static vn.thads.portal.report.ReportAssemblerTests.SEP_2022;
import static vn.thads.portal.report.XlsxWriterTests.rowOf;
import static vn.thads.portal.support.TestUsers.session;

/**
 * The demo's Kiên Giang report for quý IV 2022 (period 2022-09, the published KG22
 * figures) as kg.lanhdao downloads it: the PDF's text (PDFBox), the workbook read back
 * (POI) and the print view (jsoup) carry the exact Vietnamese headings and, row by row
 * and cell by cell, the statistics engine's numbers.
 */
@FullStack
class DemoKienGiangReportTests {

	private static final String REPORT = "/reports/KG/2022-09%s?kind=quarter&date=2022-10-05";

	private static final String OWN_ROW = KG_ROWS.get(0);

	/** The one unit whose 2022-09 return is submitted, not approved, in the demo. */
	private static final String UNAPPROVED = "Kiên Hải";

	@Autowired
	MockMvc mvc;

	@Autowired
	StatsEngine engine;

	@Autowired
	AgencyDirectory directory;

	@Autowired
	Formats fmt;

	private UnitBreakdown kg;

	/** The engine's rows by the label the report prints in the first column. */
	private final Map<String, AgencyStats> rows = new HashMap<>();

	@BeforeEach
	void theEnginesFigures() {
		this.kg = this.engine.units(this.directory.getByCode("KG"), SEP_2022, Basis.SUBMITTED);
		for (AgencyStats row : this.kg.units()) {
			this.rows.put(row.ownReturnOnly() ? OWN_ROW : row.agency().shortName(), row);
		}
		assertThat(this.rows.keySet()).containsExactlyInAnyOrderElementsOf(KG_ROWS);
	}

	@Test
	void thePdfHasTheHeadingsAndTheEnginesNumbersRowByRow() throws Exception {
		byte[] pdf = download(".pdf");
		ReportSamples.write("demo-kg-2022-q4.pdf", pdf);
		String text;
		try (PDDocument document = Loader.loadPDF(pdf)) {
			// the text in the order it was drawn, cell after cell; lines wrap where the
			// page
			// ends them, so words are compared, not line breaks
			text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}

		assertThat(text).contains("TỔNG CỤC THI HÀNH ÁN DÂN SỰ", "CỤC THI HÀNH ÁN DÂN SỰ TỈNH KIÊN GIANG",
				"Số: …/BC-CTHADS", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
				"Kiên Giang, ngày 05 tháng 10 năm 2022", "BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ", "Quý IV năm 2022",
				"(Từ ngày 01/10/2021 đến ngày 30/09/2022)", "Đơn vị tính: việc; nghìn đồng", "Biểu số: 01/TK-THA",
				"Biểu số: 02/TK-THA", "Ban hành kèm theo Thông tư số 06/2019/TT-BTP", "Kỳ báo cáo: Quý IV năm 2022",
				"Đơn vị báo cáo: Cục Thi hành án dân sự tỉnh Kiên Giang",
				"Đơn vị nhận báo cáo: Tổng cục Thi hành án dân sự", "(3) = (1) + (2)", "(19) = (16) / (7) x 100",
				"Chỉ tiêu được giao (%)", "NGƯỜI LẬP BIỂU", "THỦ TRƯỞNG ĐƠN VỊ", "(Ký, ghi rõ họ tên)",
				"(Ký, ghi rõ họ tên, đóng dấu)", "Nơi nhận:");
		assertThat(text).contains("Số liệu chưa được phê duyệt đầy đủ: Chi cục Thi hành án dân sự huyện Kiên Hải.",
				"(*) Đơn vị có báo cáo chưa được phê duyệt.");
		// the published KG22 figures, as printed
		assertThat(text).contains(
				"Toàn tỉnh đã thi hành xong 12.230 việc trên tổng số 14.647 việc có điều kiện, "
						+ "đạt tỷ lệ 83,50 %, vượt 2,00 % so với chỉ tiêu được giao (81,50 %)",
				"Về tiền, đã thi hành xong 1.165.081.049 nghìn đồng trên tổng số 2.015.887.559 nghìn đồng có điều "
						+ "kiện, đạt tỷ lệ 57,79 %, vượt 17,69 % so với chỉ tiêu được giao (40,10 %)",
				"tăng 47,30 % so với cùng kỳ năm 2021 (790.981.267 nghìn đồng), tỷ lệ thi hành xong tăng 9,90 %");
		for (Form form : Form.values()) {
			for (ReportBand band : ReportBand.values()) {
				for (String label : KG_ROWS) {
					assertThat(text).contains(String.join(" ", line(label, this.rows.get(label), form, band)));
				}
				assertThat(text).contains(String.join(" ", line("Tổng cộng", this.kg.total(), form, band)));
			}
		}
	}

	@Test
	void theWorkbookReadsBackAsTheEnginesNumbersCellByCell() throws Exception {
		byte[] xlsx = download(".xlsx");
		ReportSamples.write("demo-kg-2022-q4.xlsx", xlsx);

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			for (Form form : Form.values()) {
				Sheet sheet = workbook.getSheetAt(form.ordinal());
				int first = rowOf(sheet, OWN_ROW);
				assertThat(first).as("the office's row").isPositive();
				for (int i = 0; i < KG_ROWS.size(); i++) {
					String label = KG_ROWS.get(i);
					Row row = sheet.getRow(first + i);
					assertThat(row.getCell(0).getStringCellValue())
						.isEqualTo(label.equals(UNAPPROVED) ? label + " (*)" : label);
					assertCells(row, this.rows.get(label), form);
				}
				Row total = sheet.getRow(first + KG_ROWS.size());
				assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Tổng cộng");
				assertCells(total, this.kg.total(), form);
			}
			Sheet cases = workbook.getSheetAt(0);
			Row total = cases.getRow(rowOf(cases, "Tổng cộng"));
			assertThat(total.getCell(FormColumn.RESOLVED.number()).getNumericCellValue()).isEqualTo(12_230);
			assertThat(total.getCell(FormColumn.COMPLETION_RATE.number()).getNumericCellValue()).isEqualTo(83.50);
			Sheet money = workbook.getSheetAt(1);
			assertThat(
					money.getRow(rowOf(money, "Tổng cộng")).getCell(FormColumn.RESOLVED.number()).getNumericCellValue())
				.isEqualTo(1_165_081_049d);
			assertThat(rowOf(money, "Kỳ báo cáo: Quý IV năm 2022")).isPositive();
		}
	}

	@Test
	void thePrintViewShowsTheEnginesNumbersCellByCell() throws Exception {
		String html = this.mvc.perform(get(REPORT.formatted("")).with(session("kg.lanhdao")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(html);

		assertThat(page.selectFirst("h1.document-title").text()).isEqualTo("BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ");
		assertThat(page.selectFirst(".notice").text()).contains("Chi cục Thi hành án dân sự huyện Kiên Hải");
		// the main forms; the categories' sections follow
		// (DemoKienGiangCategoryReportTests)
		List<Element> tables = page.select("section.form table.figures");
		assertThat(tables).hasSize(4);
		int t = 0;
		for (Form form : Form.values()) {
			for (ReportBand band : ReportBand.values()) {
				List<List<String>> expected = new ArrayList<>();
				for (String label : KG_ROWS) {
					expected.add(line(label, this.rows.get(label), form, band));
				}
				expected.add(line("Tổng cộng", this.kg.total(), form, band));
				List<List<String>> shown = tables.get(t++)
					.select("tbody tr")
					.stream()
					.map((tr) -> tr.select("td").eachText())
					.toList();
				assertThat(shown).isEqualTo(expected);
			}
		}
	}

	private byte[] download(String suffix) throws Exception {
		return this.mvc.perform(get(REPORT.formatted(suffix)).with(session("kg.lanhdao")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	/**
	 * A row of one band as printed: the label (marked when not approved), then each
	 * column of the engine's figures formatted by {@link Formats}, target and gap last.
	 */
	private List<String> line(String label, AgencyStats stats, Form form, ReportBand band) {
		List<String> cells = new ArrayList<>();
		cells.add(label.equals(UNAPPROVED) ? label + " (*)" : label);
		FormTotals totals = totals(stats, form);
		for (FormColumn column : band.columns()) {
			if (!form.has(column)) {
				cells.add("x");
			}
			else if (column.isRate()) {
				cells.add(this.fmt.decimal((BigDecimal) totals.derived().get(column)));
			}
			else {
				cells.add(this.fmt.number(value(totals, column)));
			}
		}
		if (band.withTarget()) {
			cells.add(this.fmt.decimal(target(stats, form)));
			cells.add(this.fmt.points((form == Form.CASES) ? stats.gap().casesPoints() : stats.gap().moneyPoints()));
		}
		return cells;
	}

	private static void assertCells(Row row, AgencyStats stats, Form form) {
		FormTotals totals = totals(stats, form);
		for (FormColumn column : FormColumn.values()) {
			Cell cell = row.getCell(column.number());
			if (!form.has(column)) {
				assertThat(cell.getStringCellValue()).isEqualTo("x");
				continue;
			}
			assertThat(cell.getCellType()).as("%s", column).isEqualTo(CellType.NUMERIC);
			if (column.isRate()) {
				assertThat(BigDecimal.valueOf(cell.getNumericCellValue())).as("%s", column)
					.isEqualByComparingTo((BigDecimal) totals.derived().get(column));
			}
			else {
				assertThat((long) cell.getNumericCellValue()).as("%s", column).isEqualTo(value(totals, column));
			}
		}
		int target = FormColumn.values().length + 1;
		assertThat(BigDecimal.valueOf(row.getCell(target).getNumericCellValue()))
			.isEqualByComparingTo(target(stats, form));
		assertThat(BigDecimal.valueOf(row.getCell(target + 1).getNumericCellValue()))
			.isEqualByComparingTo((form == Form.CASES) ? stats.gap().casesPoints() : stats.gap().moneyPoints());
	}

	private static FormTotals totals(AgencyStats stats, Form form) {
		return (form == Form.CASES) ? stats.cases() : stats.money();
	}

	private static long value(FormTotals totals, FormColumn column) {
		return column.isEntered() ? totals.figures().get(column) : (Long) totals.derived().get(column);
	}

	private static BigDecimal target(AgencyStats stats, Form form) {
		return (form == Form.CASES) ? stats.target().casesRate() : stats.target().moneyRate();
	}

}
