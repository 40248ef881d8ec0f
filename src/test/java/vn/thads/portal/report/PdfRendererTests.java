package vn.thads.portal.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import vn.thads.portal.report.document.DocumentHtml;
import vn.thads.portal.report.document.PdfRenderer;
import vn.thads.portal.support.FullStack;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thads.portal.report.ReportMessages.EN;
import static vn.thads.portal.report.ReportMessages.VI;

/**
 * The PDF of the KG22 report, read back with PDFBox: the exact Vietnamese headings, the
 * published numbers as printed, the embedded font, A4 landscape, page numbers from page 2
 * and the column header on every page of a table.
 */
@FullStack
class PdfRendererTests {

	/**
	 * Letters with the hardest Vietnamese diacritics, all of which must print exactly.
	 */
	private static final String DIACRITICS = "ằ ẳ ẵ ặ ẩ ẫ ậ ể ễ ệ ỉ ị ổ ỗ ộ ờ ở ỡ ợ ử ữ ự ỳ ỷ ỹ ỵ Đ đ";

	@Autowired
	PdfRenderer pdf;

	@Autowired
	DocumentHtml html;

	@Autowired
	ReportTitles titles;

	@Autowired
	NarrativeWriter narrative;

	private ReportDocument kg22;

	@BeforeEach
	void kienGiang2022() {
		this.kg22 = Kg22Report.document(3, 1, VI, this.titles, this.narrative);
	}

	@Test
	void headingsAndPublishedNumbersAreInThePdf() throws IOException {
		byte[] bytes = this.pdf.render(this.kg22, VI);
		ReportSamples.write("kg-2022-q4.pdf", bytes);

		try (PDDocument document = Loader.loadPDF(bytes)) {
			String text = text(document, 1, document.getNumberOfPages());
			assertThat(text).contains("BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
					"Độc lập - Tự do - Hạnh phúc", "NGƯỜI LẬP BIỂU", "THỦ TRƯỞNG ĐƠN VỊ", "(Ký, ghi rõ họ tên)",
					"Nơi nhận:", "TỔNG CỤC THI HÀNH ÁN DÂN SỰ", "CỤC THI HÀNH ÁN DÂN SỰ TỈNH KIÊN GIANG",
					"Số: …/BC-CTHADS", "Kiên Giang, ngày 05 tháng 10 năm 2022", "Quý IV năm 2022",
					"(Từ ngày 01/10/2021 đến ngày 30/09/2022)", "Biểu số: 01/TK-THA", "Biểu số: 02/TK-THA",
					"Kỳ báo cáo: Quý IV năm 2022", "Đơn vị tính: việc", "Đơn vị tính: nghìn đồng", "Tổng cộng",
					"(3) = (1) + (2)", "(19) = (16) / (7) x 100", "Số cũ chuyển sang", "Chỉ tiêu được giao (%)");
			assertThat(text).contains("12.230", "14.647", "83,50", "81,50", "+2,00", "20.352", "8.122", "71,97",
					"1.165.081.049", "2.015.887.559", "3.405.066.268", "2.239.985.219", "57,79", "59,20", "40,10",
					"+17,69");
			assertThat(text)
				.contains("Toàn tỉnh đã thi hành xong 12.230 việc trên tổng số 14.647 việc có điều kiện, "
						+ "đạt tỷ lệ 83,50 %, vượt 2,00 % so với chỉ tiêu được giao")
				.contains("tăng 47,30 % so với cùng kỳ năm 2021");
			assertThat(text).contains("Số liệu chưa được phê duyệt đầy đủ: Chi cục THADS thành phố Rạch Giá.");
		}
	}

	@Test
	void everyDiacriticPrintsInTheEmbeddedLiberationSerif() throws IOException {
		ReportDocument withDiacritics = new ReportDocument(DIACRITICS, this.kg22.agencyName(), this.kg22.placeName(),
				this.kg22.date(), this.kg22.numberSymbol(), this.kg22.recipient(), this.kg22.circular(),
				this.kg22.period(), this.kg22.periodTitle(), this.kg22.cases(), this.kg22.money(), List.of(DIACRITICS),
				List.of(), false);

		byte[] bytes = this.pdf.render(withDiacritics, VI);
		ReportSamples.write("diacritics.pdf", bytes);

		try (PDDocument document = Loader.loadPDF(bytes)) {
			assertThat(text(document, 1, 1)).contains(DIACRITICS);
			List<String> fonts = new ArrayList<>();
			for (PDPage page : document.getPages()) {
				for (COSName name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertThat(font.isEmbedded()).as("%s is embedded", font.getName()).isTrue();
					fonts.add(font.getName());
				}
			}
			assertThat(fonts).isNotEmpty().allMatch((name) -> name.contains("LiberationSerif"));
			assertThat(fonts).anyMatch((name) -> name.contains("Bold")).anyMatch((name) -> name.contains("Italic"));
		}
	}

	@Test
	void landscapeA4WithPageNumbersFromPageTwo() throws IOException {
		try (PDDocument document = Loader.loadPDF(this.pdf.render(this.kg22, VI))) {
			assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(3);
			for (PDPage page : document.getPages()) {
				PDRectangle box = page.getMediaBox();
				// A4 landscape is 842 × 595 points
				assertThat(Math.round(box.getWidth())).isEqualTo(842);
				assertThat(Math.round(box.getHeight())).isEqualTo(595);
			}
			assertThat(firstLine(document, 1)).isNotEqualTo("1");
			for (int page = 2; page <= document.getNumberOfPages(); page++) {
				assertThat(firstLine(document, page)).as("page %d", page).isEqualTo(String.valueOf(page));
			}
		}
	}

	@Test
	void aProvinceSizedTableRepeatsItsHeaderOnEveryPage() throws IOException {
		ReportDocument province = Kg22Report.document(15, 2, VI, this.titles, this.narrative);
		byte[] bytes = this.pdf.render(province, VI);
		ReportSamples.write("kg-2022-q4-province.pdf", bytes);
		ReportSamples.write("kg-2022-q4-province.html",
				this.html.renderForPdf(province, VI).getBytes(StandardCharsets.UTF_8));

		try (PDDocument document = Loader.loadPDF(bytes)) {
			int pagesWithRows = 0;
			for (int page = 2; page <= document.getNumberOfPages(); page++) {
				String text = text(document, page, page);
				if (Kg22Report.DISTRICTS.stream().anyMatch((district) -> text.contains(district.name()))) {
					pagesWithRows++;
					assertThat(text).as("page %d", page).contains("Đơn vị").containsAnyOf("(1)", "(11)");
				}
			}
			assertThat(pagesWithRows).isGreaterThanOrEqualTo(4);
			String last = text(document, document.getNumberOfPages(), document.getNumberOfPages());
			assertThat(last).as("the signatures never stand alone on the last page")
				.contains("THỦ TRƯỞNG ĐƠN VỊ")
				.contains("Tổng cộng");
		}
	}

	@Test
	void englishReportsUseTheEnglishBundle() throws IOException {
		ReportDocument english = Kg22Report.document(3, 0, EN, this.titles, this.narrative);
		byte[] bytes = this.pdf.render(english, EN);
		ReportSamples.write("kg-2022-q4-en.pdf", bytes);

		try (PDDocument document = Loader.loadPDF(bytes)) {
			String text = text(document, 1, document.getNumberOfPages());
			assertThat(text)
				.contains("SOCIALIST REPUBLIC OF VIETNAM", "CIVIL JUDGMENT ENFORCEMENT REPORT", "Quarter IV of 2022",
						"1.165.081.049", "57,79")
				.doesNotContain("chưa được phê duyệt");
		}
	}

	@Test
	void thePrintHtmlIsADocumentWithoutWebChrome() {
		String xhtml = this.html.renderForPdf(this.kg22, VI);
		ReportSamples.write("kg-2022-q4.html", xhtml.getBytes(StandardCharsets.UTF_8));

		Document page = Jsoup.parse(xhtml);
		assertThat(page.select("nav, script, header.portal-header, .screen-toolbar")).isEmpty();
		assertThat(page.select("table.figures")).hasSize(4);
		assertThat(page.select("table.figures thead tr.labels")).hasSize(4);
		assertThat(page.select("table.figures thead tr.caption").text())
			.isEqualTo("Biểu số: 01/TK-THA (tiếp theo) Biểu số: 02/TK-THA (tiếp theo)");
		assertThat(page.select("table.figures tr.total")).hasSize(4);
		assertThat(page.select("table.figures tr.total td.unit").text()).contains("Tổng cộng");
		assertThat(page.select("link[rel=stylesheet]").attr("href")).isEqualTo("css/report.css");
		assertThat(page.select(".notice").text()).contains("Chi cục THADS thành phố Rạch Giá");
		assertThat(page.select("td.unit .mark")).hasSize(4);
		assertThat(page.select("tr.unit-row td.unit").eachText()).contains("Rạch Giá (*)", "Văn phòng Cục");
	}

	/**
	 * The text in the order it was drawn, cell after cell, so that a label wrapped in a
	 * narrow column reads as one phrase.
	 */
	private static String text(PDDocument document, int from, int to) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setStartPage(from);
		stripper.setEndPage(to);
		// Lines wrap where the page ends them: compare words, not line breaks
		return stripper.getText(document).replaceAll("\\s+", " ");
	}

	private static String firstLine(PDDocument document, int page) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setSortByPosition(true);
		stripper.setStartPage(page);
		stripper.setEndPage(page);
		return stripper.getText(document).strip().lines().findFirst().orElse("").strip();
	}

}
