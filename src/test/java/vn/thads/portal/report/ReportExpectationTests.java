package vn.thads.portal.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MockMvc;
import vn.thads.portal.support.FullStack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thads.portal.support.TestUsers.session;

/**
 * Several demo reports as printed, compared with a stored expectation
 * ({@code src/test/resources/report/expected/}): the print view's document (its markup,
 * pretty-printed), the PDF's text and page count, the workbook's cells (value, style's
 * font and format, merged regions). Written when the printed-document machinery became
 * general (issue 15 item 4) so that moving the report onto it could change nothing
 * visible. A deliberate change rewrites the expectation: each run writes what it saw to
 * {@code target/report-expectations/}, to be reviewed and copied over.
 */
@FullStack
class ReportExpectationTests {

	private static final Path SEEN = Path.of("target", "report-expectations");

	@Autowired
	MockMvc mvc;

	static Stream<Arguments> reports() {
		return Stream.of(Arguments.of("kg-2022-q4", "kg.lanhdao", "/reports/KG/2022-09%s?kind=quarter&date=2022-10-05"),
				Arguments.of("kg-2022-6m", "kg.lanhdao", "/reports/KG/2022-03%s?kind=six-months&date=2022-04-05"),
				Arguments.of("kg-2021-08", "kg.lanhdao", "/reports/KG/2021-08%s?date=2021-09-05"),
				Arguments.of("ag-2026-10", "ag.lanhdao", "/reports/AG/2026-10%s?date=2026-11-05&basis=approved"),
				Arguments.of("tw-2025-12", "tw.lanhdao", "/reports/TW/2025-12%s?kind=quarter&date=2026-01-05"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("reports")
	void theReportPrintsAsExpected(String name, String user, String link) throws Exception {
		Document page = Jsoup.parse(new String(download(link.formatted(""), user), StandardCharsets.UTF_8));
		page.outputSettings().prettyPrint(true).indentAmount(1);
		// the stylesheet's link holds its content hash, which changes with any rule
		String html = seen(name + ".html.txt", (page.head().outerHtml() + "\n" + page.selectFirst("main").outerHtml())
			.replaceAll("-[0-9a-f]{32}\\.(css|js)", ".$1"));
		String pdf = seen(name + ".pdf.txt", pdfText(download(link.formatted(".pdf"), user)));
		String xlsx = seen(name + ".xlsx.txt", cells(download(link.formatted(".xlsx"), user)));
		compare(name + ".html.txt", html);
		compare(name + ".pdf.txt", pdf);
		compare(name + ".xlsx.txt", xlsx);
	}

	private static String seen(String file, String text) throws IOException {
		Files.createDirectories(SEEN);
		Files.writeString(SEEN.resolve(file), text);
		return text;
	}

	private byte[] download(String link, String user) throws Exception {
		return this.mvc.perform(get(link).with(session(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private static String pdfText(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return "pages: " + document.getNumberOfPages() + "\n" + new PDFTextStripper().getText(document);
		}
	}

	private static String cells(byte[] xlsx) throws IOException {
		StringBuilder text = new StringBuilder();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			for (Sheet sheet : workbook) {
				text.append("== ").append(sheet.getSheetName()).append('\n');
				text.append("landscape ").append(sheet.getPrintSetup().getLandscape());
				text.append(" repeat ").append(sheet.getRepeatingRows()).append('\n');
				for (CellRangeAddress merged : sheet.getMergedRegions()) {
					text.append("merged ").append(merged.formatAsString()).append('\n');
				}
				for (Row row : sheet) {
					for (Cell cell : row) {
						text.append(cell.getAddress())
							.append(' ')
							.append(workbook.getFontAt(cell.getCellStyle().getFontIndex()).getBold() ? "b " : "")
							.append(cell.getCellStyle().getDataFormatString())
							.append(' ')
							.append(cell)
							.append('\n');
					}
				}
			}
		}
		return text.toString();
	}

	private static void compare(String file, String seen) throws IOException {
		ClassPathResource expected = new ClassPathResource("report/expected/" + file);
		assertThat(expected.exists()).as("expectation " + file + " (see " + SEEN + ")").isTrue();
		try (InputStream in = expected.getInputStream()) {
			assertThat(seen).as(file).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

}
