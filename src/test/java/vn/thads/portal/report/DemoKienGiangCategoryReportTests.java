package vn.thads.portal.report;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
import vn.thads.portal.period.ReportingPeriod;
import vn.thads.portal.returns.Form;
import vn.thads.portal.returns.FormColumn;
import vn.thads.portal.stats.Basis;
import vn.thads.portal.stats.CategoryStats;
import vn.thads.portal.stats.FormTotals;
import vn.thads.portal.stats.StatsEngine;
import vn.thads.portal.support.FullStack;
import vn.thads.portal.web.Formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thads.portal.report.ReportAssemblerTests.SEP_2022;
import static vn.thads.portal.report.XlsxWriterTests.rowOf;
import static vn.thads.portal.support.TestUsers.session;

/**
 * The categories of the two forms in the demo's Kiên Giang report (issue 14): for 2022-09
 * the bank-credit sentence of seed 003 to the digit ("29,24 % về việc và 27,69 % về tiền
 * … 47,40 %") in the print view and the PDF's text, its section's tables as the engine
 * summed them, the workbook's "Trong đó" rows; a period without category figures has none
 * of them.
 */
@FullStack
class DemoKienGiangCategoryReportTests {

	private static final String REPORT = "/reports/KG/%s%s?kind=quarter&date=%s";

	private static final String BANK = "TIN_DUNG_NGAN_HANG";

	/** Seed 003, Kiên Giang 2022, as the narrative words it. */
	private static final String SENTENCE = "Kết quả thi hành các vụ việc tín dụng, ngân hàng đạt tỷ lệ 29,24 % về việc "
			+ "và 27,69 % về tiền, trong khi loại này chiếm 47,40 % về tiền so với tổng số tiền phải thi hành "
			+ "của cả tỉnh.";

	@Autowired
	MockMvc mvc;

	@Autowired
	StatsEngine engine;

	@Autowired
	AgencyDirectory directory;

	@Autowired
	Formats fmt;

	@Test
	void thePrintViewHasTheSentenceAndTheBankCreditSectionAsTheEngineSummedIt() throws Exception {
		Document page = Jsoup.parse(download("2022-09", "", "2022-10-05").toString());

		assertThat(page.select(".narrative p").eachText()).contains(SENTENCE);
		Element section = page.selectFirst("section#category-" + BANK);
		assertThat(section).isNotNull();
		assertThat(section.selectFirst("h2").text()).isEqualTo("Trong đó: tín dụng, ngân hàng");
		// the corruption category has no figures in the demo: no section
		assertThat(page.select("section.category")).hasSize(1);
		CategoryStats bank = bank();
		List<Element> tables = section.select("table.figures");
		assertThat(tables).hasSize(Form.values().length * ReportBand.values().length);
		int t = 0;
		for (Form form : Form.values()) {
			for (ReportBand band : ReportBand.values()) {
				List<List<String>> shown = tables.get(t++)
					.select("tbody tr")
					.stream()
					.map((tr) -> tr.select("td").eachText())
					.toList();
				assertThat(shown).containsExactly(line("Tổng cộng", bank, form, band));
			}
		}
		assertThat(bank.cases().derived().completionRate()).isEqualByComparingTo("29.24");
	}

	@Test
	void thePdfTextHasTheSentenceAndTheSection() throws Exception {
		byte[] pdf = download("2022-09", ".pdf", "2022-10-05").bytes();
		ReportSamples.write("demo-kg-2022-q4-categories.pdf", pdf);
		String text;
		try (PDDocument document = Loader.loadPDF(pdf)) {
			text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
		assertThat(text).contains(SENTENCE, "Trong đó: tín dụng, ngân hàng");
		CategoryStats bank = bank();
		for (Form form : Form.values()) {
			for (ReportBand band : ReportBand.values()) {
				assertThat(text).contains(String.join(" ", line("Tổng cộng", bank, form, band)));
			}
		}
	}

	@Test
	void theWorkbookHasTheCategoryRowsUnderEachForm() throws Exception {
		byte[] xlsx = download("2022-09", ".xlsx", "2022-10-05").bytes();
		CategoryStats bank = bank();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			for (Form form : Form.values()) {
				Sheet sheet = workbook.getSheetAt(form.ordinal());
				int header = rowOf(sheet, "Trong đó:");
				assertThat(header).as("Trong đó").isGreaterThan(rowOf(sheet, "Tổng cộng"));
				Row row = sheet.getRow(header + 1);
				assertThat(row.getCell(0).getStringCellValue()).isEqualTo("tín dụng, ngân hàng");
				FormTotals totals = totals(bank, form);
				assertThat((long) row.getCell(FormColumn.RESOLVED.number()).getNumericCellValue())
					.isEqualTo(totals.derived().resolved());
				assertThat(BigDecimal.valueOf(row.getCell(FormColumn.COMPLETION_RATE.number()).getNumericCellValue()))
					.isEqualByComparingTo(totals.derived().completionRate());
			}
			assertThat(workbook.getSheetAt(0)
				.getRow(rowOf(workbook.getSheetAt(0), "tín dụng, ngân hàng"))
				.getCell(FormColumn.COMPLETION_RATE.number())
				.getNumericCellValue()).isEqualTo(29.24);
			assertThat(workbook.getSheetAt(1)
				.getRow(rowOf(workbook.getSheetAt(1), "tín dụng, ngân hàng"))
				.getCell(FormColumn.COMPLETION_RATE.number())
				.getNumericCellValue()).isEqualTo(27.69);
		}
	}

	@Test
	void aPeriodWithoutCategoryFiguresHasNoSection() throws Exception {
		assertThat(this.engine.categories(this.directory.getByCode("KG"), ReportingPeriod.of(2022, 6), Basis.SUBMITTED))
			.noneMatch(CategoryStats::hasFigures);
		Document page = Jsoup.parse(download("2022-06", "", "2022-07-05").toString());
		// the main forms' tables, the companion forms' apart
		assertThat(page.select("table.figures").stream().filter((t) -> t.closest("section[id^=companion-]") == null))
			.hasSize(4);
		assertThat(page.select("section.category")).isEmpty();
		assertThat(page.select(".narrative").text()).doesNotContain("Kết quả thi hành các vụ việc");

		byte[] xlsx = download("2022-06", ".xlsx", "2022-07-05").bytes();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(rowOf(workbook.getSheetAt(0), "Trong đó:")).isEqualTo(-1);
			assertThat(rowOf(workbook.getSheetAt(1), "Trong đó:")).isEqualTo(-1);
		}
	}

	private CategoryStats bank() {
		return this.engine.categories(this.directory.getByCode("KG"), SEP_2022, Basis.SUBMITTED)
			.stream()
			.filter((c) -> c.category().code().equals(BANK))
			.findFirst()
			.orElseThrow();
	}

	private Download download(String period, String suffix, String date) throws Exception {
		byte[] body = this.mvc.perform(get(REPORT.formatted(period, suffix, date)).with(session("kg.lanhdao")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		return new Download(body);
	}

	/** The category's total row of one band as printed: no target, no gap ("—"). */
	private List<String> line(String label, CategoryStats stats, Form form, ReportBand band) {
		List<String> cells = new ArrayList<>();
		cells.add(label);
		FormTotals totals = totals(stats, form);
		for (FormColumn column : band.columns()) {
			if (!form.has(column)) {
				cells.add("x");
			}
			else if (column.isRate()) {
				cells.add(this.fmt.decimal((BigDecimal) totals.derived().get(column)));
			}
			else {
				cells.add(this.fmt
					.number(column.isEntered() ? totals.figures().get(column) : (Long) totals.derived().get(column)));
			}
		}
		if (band.withTarget()) {
			cells.add(Formats.NONE);
			cells.add(Formats.NONE);
		}
		return cells;
	}

	private static FormTotals totals(CategoryStats stats, Form form) {
		return (form == Form.CASES) ? stats.cases() : stats.money();
	}

	private record Download(byte[] bytes) {

		@Override
		public String toString() {
			return new String(this.bytes, StandardCharsets.UTF_8);
		}

	}

}
