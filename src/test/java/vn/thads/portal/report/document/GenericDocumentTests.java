package vn.thads.portal.report.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

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
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import vn.thads.portal.report.document.DocumentTable.Column;
import vn.thads.portal.report.document.DocumentTable.Value;
import vn.thads.portal.support.FullStack;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A document made of the generic parts only, as a new document's assembler would build it
 * (issue 15 item 4: no template, no renderer of its own), printed as HTML, PDF and a
 * workbook: the heading by Decree 30/2020, the title block, each kind of section in
 * order, the signatures; numbers formatted in HTML and PDF, numeric in the workbook.
 */
@FullStack
class GenericDocumentTests {

	private static final Locale VI = Locale.forLanguageTag("vi");

	@Autowired
	DocumentHtml html;

	@Autowired
	PdfRenderer pdf;

	@Autowired
	DocumentXlsx xlsx;

	static SimpleDocument meetingPack() {
		DocumentTable behind = new DocumentTable("behind", Text.of("Đơn vị còn thiếu so với chỉ tiêu"),
				Text.message("report.table.unit"),
				List.of(new Column(Text.of("Việc còn phải giải quyết"), "(1)"),
						new Column(Text.of("Tỷ lệ dự kiến (%)"), "(2)")),
				List.of(new DocumentTable.Row(Text.of("Châu Thành"), List.of(Value.amount(1_234), Value.rate(null))),
						new DocumentTable.Row(Text.of("Khu vực 2"),
								List.of(Value.amount(56), Value.rate(new BigDecimal("79.25"))))),
				new DocumentTable.Row(Text.message("report.table.total"),
						List.of(Value.amount(1_290), Value.rate(new BigDecimal("81.50")))));
		return new SimpleDocument(Text.of("Tài liệu họp giao ban"),
				new DocumentHeading("Cục Quản lý thi hành án dân sự", "Thi hành án dân sự tỉnh An Giang", "…/BC-THADS",
						"An Giang", LocalDate.of(2026, 11, 5)),
				new DocumentTitle(Text.of("TÀI LIỆU HỌP GIAO BAN"),
						List.of(new DocumentTitle.Line(DocumentTitle.Style.SUBJECT, Text.of("Tháng 10 năm 2026")),
								new DocumentTitle.Line(DocumentTitle.Style.NOTE,
										Text.message("report.period.bounds", LocalDate.of(2025, 10, 1),
												LocalDate.of(2026, 10, 31))))),
				List.of(new Notice(Text.of("Số liệu tạm tính."), null),
						Paragraphs.of("narrative", List.of("Toàn tỉnh còn phải giải quyết 1.290 việc.")),
						new ItemList(Text.of("Ý kiến chỉ đạo:"), List.of(Text.of("Tập trung các vụ việc lớn"))),
						new PageBreak(), behind),
				new Signatures(List.of(Text.message("report.recipients.archive")), List.of(new Signatures.Signer(true,
						Text.message("report.sign.head"), Text.message("report.sign.hintSeal")))));
	}

	@Test
	void theGenericTemplatePrintsEveryPartInOrder() {
		Document page = Jsoup.parse(this.html.renderForPdf(meetingPack(), VI));

		assertThat(page.title()).isEqualTo("Tài liệu họp giao ban");
		assertThat(page.select(".admin-header .agency").text()).isEqualTo("THI HÀNH ÁN DÂN SỰ TỈNH AN GIANG");
		assertThat(page.select(".admin-header .republic").text()).isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
		assertThat(page.select(".admin-header .motto").text()).isEqualTo("Độc lập - Tự do - Hạnh phúc");
		assertThat(page.select(".admin-header .date-line").text()).isEqualTo("An Giang, ngày 05 tháng 11 năm 2026");
		assertThat(page.select("h1.document-title").text()).isEqualTo("TÀI LIỆU HỌP GIAO BAN");
		assertThat(page.select("p.period-bounds").text()).isEqualTo("(Từ ngày 01/10/2025 đến ngày 31/10/2026)");
		assertThat(page.select("main > *").eachAttr("class")).containsExactly("heading", "notice", "narrative", "items",
				"page-break", "document-table", "closing");
		assertThat(page.select("#behind tbody tr").stream().map((tr) -> tr.select("td").eachText())).containsExactly(
				List.of("Châu Thành", "1.234", "—"), List.of("Khu vực 2", "56", "79,25"),
				List.of("Tổng cộng", "1.290", "81,50"));
		assertThat(page.select("#behind #document-last-block")).hasSize(1);
		assertThat(page.select("#document-signatures .sign-title").eachText()).containsExactly("THỦ TRƯỞNG ĐƠN VỊ");
	}

	@Test
	void thePdfHasTheSameTextOnAPageAfterTheBreak() throws IOException {
		byte[] bytes = this.pdf.render(meetingPack(), VI);
		Files.createDirectories(Path.of("target", "report-samples"));
		Files.write(Path.of("target", "report-samples", "generic-document.pdf"), bytes);
		try (PDDocument document = Loader.loadPDF(bytes)) {
			assertThat(document.getNumberOfPages()).isEqualTo(2);
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setEndPage(1);
			String first = stripper.getText(document).replaceAll("\\s+", " ");
			assertThat(first).contains("THI HÀNH ÁN DÂN SỰ TỈNH AN GIANG", "TÀI LIỆU HỌP GIAO BAN",
					"Toàn tỉnh còn phải giải quyết 1.290 việc.", "Tập trung các vụ việc lớn");
			stripper.setStartPage(2);
			stripper.setEndPage(2);
			assertThat(stripper.getText(document).replaceAll("\\s+", " ")).contains("Châu Thành 1.234 —",
					"Tổng cộng 1.290 81,50", "THỦ TRƯỞNG ĐƠN VỊ", "An Giang, ngày 05 tháng 11 năm 2026");
		}
	}

	@Test
	void theWorkbookHasTheSectionsWithNumericCells() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(this.xlsx.write(meetingPack(), VI)))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
			Row total = sheet.getRow(rowOf(sheet, "Tổng cộng"));
			assertThat(total.getCell(1).getNumericCellValue()).isEqualTo(1_290);
			assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(81.50);
			assertThat(sheet.getRow(rowOf(sheet, "Châu Thành")).getCell(2).getStringCellValue()).isEqualTo("—");
			assertThat(rowOf(sheet, "Toàn tỉnh còn phải giải quyết 1.290 việc.")).isPositive()
				.isLessThan(rowOf(sheet, "Đơn vị còn thiếu so với chỉ tiêu"));
			assertThat(rowOf(sheet, "Nơi nhận:")).isGreaterThan(total.getRowNum());
		}
	}

	private static int rowOf(Sheet sheet, String text) {
		for (Row row : sheet) {
			Cell cell = row.getCell(0);
			if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
				return row.getRowNum();
			}
		}
		return -1;
	}

}
