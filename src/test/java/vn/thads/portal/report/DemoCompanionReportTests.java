package vn.thads.portal.report;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
import vn.thads.portal.returns.AdminJudgmentLine;
import vn.thads.portal.returns.CompanionForm;
import vn.thads.portal.returns.CompanionLine;
import vn.thads.portal.returns.ComplaintLine;
import vn.thads.portal.stats.Basis;
import vn.thads.portal.stats.CompanionStats;
import vn.thads.portal.stats.StatsEngine;
import vn.thads.portal.support.FullStack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thads.portal.report.ReportAssemblerTests.SEP_2022;
import static vn.thads.portal.report.XlsxWriterTests.rowOf;
import static vn.thads.portal.support.TestUsers.session;

/**
 * Every companion form in the printed report (issue 14 item 5): the demo's Kiên Giang
 * report of September 2022 has the complaints and denunciations and the administrative
 * judgments followed, as the engine summed them, each as a section with the same period
 * last year and a sentence of the narrative, in the print view, the PDF's text and the
 * workbook's "Biểu kèm theo" sheet.
 */
@FullStack
class DemoCompanionReportTests {

	private static final String REPORT = "/reports/KG/2022-09%s?kind=quarter&date=2022-10-05";

	private static final NumberFormat VI = NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi"));

	@Autowired
	MockMvc mvc;

	@Autowired
	StatsEngine engine;

	@Autowired
	AgencyDirectory directory;

	@Test
	void thePrintViewHasASectionAndASentenceOfEachForm() throws Exception {
		Document page = Jsoup.parse(new String(download(""), StandardCharsets.UTF_8));
		CompanionStats complaints = stats(CompanionForm.COMPLAINTS);
		CompanionStats admin = stats(CompanionForm.ADMIN_JUDGMENTS);
		assertThat(complaints.value(ComplaintLine.COMPLAINTS_RECEIVED)).isPositive();
		assertThat(admin.value(AdminJudgmentLine.TOTAL)).isPositive();

		assertThat(page.select(".narrative p").eachText()).contains(complaintsSentence(complaints),
				adminSentence(admin));
		Element section = page.selectFirst("section#companion-complaints");
		assertThat(section.selectFirst("h2").text()).isEqualTo("Khiếu nại, tố cáo");
		assertThat(section.select("thead tr.numbers th").eachText()).containsExactly("(1)", "(2)", "(3)",
				"(4) = (2) - (3)", "(5)", "(6)", "(7)", "(8) = (6) - (7)");
		assertThat(section.select("tbody tr").stream().map((tr) -> tr.select("td").eachText()))
			.containsExactly(row("Cùng kỳ năm trước", complaints, true), row("Kỳ báo cáo", complaints, false));
		Element thahc = page.selectFirst("section#companion-adminJudgments");
		assertThat(thahc.selectFirst("h2").text()).isEqualTo("Theo dõi thi hành án hành chính");
		assertThat(thahc.select("tbody tr").stream().map((tr) -> tr.select("td").eachText()))
			.containsExactly(row("Cùng kỳ năm trước", admin, true), row("Kỳ báo cáo", admin, false));
	}

	@Test
	void thePdfTextHasTheSectionsAndSentences() throws Exception {
		byte[] pdf = download(".pdf");
		ReportSamples.write("demo-kg-2022-q4-companions.pdf", pdf);
		String text;
		try (PDDocument document = Loader.loadPDF(pdf)) {
			text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
		CompanionStats complaints = stats(CompanionForm.COMPLAINTS);
		CompanionStats admin = stats(CompanionForm.ADMIN_JUDGMENTS);
		assertThat(text).contains("Khiếu nại, tố cáo", "Theo dõi thi hành án hành chính",
				String.join(" ", row("Kỳ báo cáo", complaints, false)),
				String.join(" ", row("Cùng kỳ năm trước", admin, true)));
		assertThat(text.replace(" ", "")).contains(complaintsSentence(complaints).replace(" ", ""),
				adminSentence(admin).replace(" ", ""));
	}

	@Test
	void theWorkbookHasEveryFormOnTheCompanionSheet() throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download(".xlsx")))) {
			Sheet sheet = workbook.getSheet("Biểu kèm theo");
			int reception = rowOf(sheet, "Tiếp công dân; bản án, quyết định đã nhận");
			int complaints = rowOf(sheet, "Khiếu nại, tố cáo");
			int admin = rowOf(sheet, "Theo dõi thi hành án hành chính");
			assertThat(reception).isPositive().isLessThan(complaints);
			assertThat(complaints).isLessThan(admin);
			CompanionStats stats = stats(CompanionForm.ADMIN_JUDGMENTS);
			Row thisPeriod = null;
			for (Row row : sheet) {
				if (row.getRowNum() > admin && row.getCell(0) != null
						&& "Kỳ báo cáo".equals(row.getCell(0).getStringCellValue())) {
					thisPeriod = row;
					break;
				}
			}
			assertThat(thisPeriod).isNotNull();
			List<Double> values = new ArrayList<>();
			for (CompanionLine<?> line : CompanionForm.ADMIN_JUDGMENTS.lines()) {
				values.add(thisPeriod.getCell(line.number()).getNumericCellValue());
			}
			assertThat(values).containsExactlyElementsOf(
					CompanionForm.ADMIN_JUDGMENTS.lines().stream().map((line) -> (double) stats.value(line)).toList());
		}
	}

	private CompanionStats stats(CompanionForm form) {
		return this.engine.companions(this.directory.getByCode("KG"), SEP_2022, Basis.SUBMITTED).get(form.ordinal());
	}

	private static List<String> row(String label, CompanionStats stats, boolean lastYear) {
		List<String> cells = new ArrayList<>(List.of(label));
		for (CompanionLine<?> line : stats.form().lines()) {
			cells.add(VI.format(lastYear ? stats.lastYear(line) : stats.value(line)));
		}
		return cells;
	}

	private static String complaintsSentence(CompanionStats s) {
		return ("Về công tác giải quyết khiếu nại, tố cáo, đã nhận %s đơn khiếu nại, trong đó %s đơn thuộc thẩm quyền, "
				+ "đã giải quyết %s đơn, còn phải giải quyết %s đơn; đã nhận %s đơn tố cáo, trong đó %s đơn thuộc thẩm "
				+ "quyền, đã giải quyết %s đơn, còn phải giải quyết %s đơn. Cùng kỳ năm trước đã nhận %s đơn khiếu nại và "
				+ "%s đơn tố cáo, đã giải quyết %s đơn khiếu nại và %s đơn tố cáo.")
			.formatted(f(s.value(ComplaintLine.COMPLAINTS_RECEIVED)), f(s.value(ComplaintLine.COMPLAINTS_COMPETENT)),
					f(s.value(ComplaintLine.COMPLAINTS_RESOLVED)), f(s.value(ComplaintLine.COMPLAINTS_OUTSTANDING)),
					f(s.value(ComplaintLine.DENUNCIATIONS_RECEIVED)), f(s.value(ComplaintLine.DENUNCIATIONS_COMPETENT)),
					f(s.value(ComplaintLine.DENUNCIATIONS_RESOLVED)),
					f(s.value(ComplaintLine.DENUNCIATIONS_OUTSTANDING)),
					f(s.lastYear(ComplaintLine.COMPLAINTS_RECEIVED)),
					f(s.lastYear(ComplaintLine.DENUNCIATIONS_RECEIVED)),
					f(s.lastYear(ComplaintLine.COMPLAINTS_RESOLVED)),
					f(s.lastYear(ComplaintLine.DENUNCIATIONS_RESOLVED)));
	}

	private static String adminSentence(CompanionStats s) {
		return ("Trong công tác theo dõi thi hành án hành chính (THAHC), tổng số bản án, quyết định phải theo dõi là %s "
				+ "(%s năm trước chuyển sang, %s nhận mới), đã thi hành xong %s, còn phải theo dõi %s. Cùng kỳ năm "
				+ "trước phải theo dõi %s bản án, quyết định, đã thi hành xong %s.")
			.formatted(f(s.value(AdminJudgmentLine.TOTAL)), f(s.value(AdminJudgmentLine.CARRIED_OVER)),
					f(s.value(AdminJudgmentLine.RECEIVED)), f(s.value(AdminJudgmentLine.COMPLETED)),
					f(s.value(AdminJudgmentLine.OUTSTANDING)), f(s.lastYear(AdminJudgmentLine.TOTAL)),
					f(s.lastYear(AdminJudgmentLine.COMPLETED)));
	}

	private static String f(long value) {
		return VI.format(value);
	}

	private byte[] download(String suffix) throws Exception {
		return this.mvc.perform(get(REPORT.formatted(suffix)).with(session("kg.lanhdao")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

}
