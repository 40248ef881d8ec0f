package vn.thads.portal.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import vn.thads.portal.agency.AgencyDirectory;
import vn.thads.portal.period.ReportingPeriod;
import vn.thads.portal.stats.Basis;
import vn.thads.portal.report.document.DocumentHtml;
import vn.thads.portal.report.document.PdfRenderer;
import vn.thads.portal.support.FullStack;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Speed of a province's quarterly report (16 unit rows: the province's own and 15
 * districts, plus the totals), rendered to PDF and to XLSX after a warm-up: from a view
 * model built in the test, and end to end on the demo data (Kiên Giang quý IV 2022: the
 * statistics engine, the assembly of the report, then the PDF or the workbook). Excluded
 * from the normal build (tag {@code benchmark}); run it with
 * {@code ./mvnw test -Dtest=ReportBenchmarkTests -Dgroups=benchmark -DexcludedGroups=}
 * and write the numbers in docs/benchmarks.md. It asserts what it produced, never a time.
 */
@FullStack
@Tag("benchmark")
// the engine's queries are part of what is measured, not answers kept for an unchanged
// snapshot
@TestPropertySource(properties = "thads.stats.cache-size=0")
class ReportBenchmarkTests {

	private static final int WARM_UP = 15;

	private static final int RUNS = 30;

	@Autowired
	PdfRenderer pdf;

	@Autowired
	XlsxWriter xlsx;

	@Autowired
	ReportTitles titles;

	@Autowired
	NarrativeWriter narrative;

	@Autowired
	PrintedReports reports;

	@Autowired
	AgencyDirectory directory;

	@Test
	void provinceQuarterToPdfAndXlsx() throws IOException {
		Locale vi = ReportMessages.VI;
		ReportDocument province = Kg22Report.document(15, 1, vi, this.titles, this.narrative);
		assertThat(province.cases().rows()).hasSize(16);

		Timing pdfTiming = measure(() -> this.pdf.render(province, vi));
		Timing xlsxTiming = measure(() -> this.xlsx.write(province, vi));

		try (PDDocument document = Loader.loadPDF(pdfTiming.output())) {
			assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(5);
		}
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsxTiming.output()))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
		}
		String result = String.format(Locale.ROOT,
				"Reports benchmark (%d runs after %d warm-up, 16 unit rows)%n"
						+ "PDF : median %.0f ms, p90 %.0f ms, max %.0f ms, %d KB%n"
						+ "XLSX: median %.0f ms, p90 %.0f ms, max %.0f ms, %d KB%n",
				RUNS, WARM_UP, pdfTiming.median(), pdfTiming.p90(), pdfTiming.max(), pdfTiming.output().length / 1024,
				xlsxTiming.median(), xlsxTiming.p90(), xlsxTiming.max(), xlsxTiming.output().length / 1024);
		System.out.print(result);
		ReportSamples.write("benchmark.txt", result.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void kienGiangQuarterEndToEnd() throws IOException {
		Locale vi = ReportMessages.VI;
		ReportRequest kg = new ReportRequest(this.directory.getByCode("KG"), ReportingPeriod.of(2022, 9),
				ReportKind.QUARTER, Basis.SUBMITTED, LocalDate.of(2022, 10, 5), true);

		Timing assembly = measure(() -> {
			ReportDocument document = this.reports.document(kg, vi);
			assertThat(document.cases().rows()).hasSize(16);
			return new byte[0];
		});
		Timing pdfTiming = measure(() -> this.reports.pdf(kg, vi));
		Timing xlsxTiming = measure(() -> this.reports.xlsx(kg, vi));

		try (PDDocument document = Loader.loadPDF(pdfTiming.output())) {
			assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(5);
		}
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsxTiming.output()))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
		}
		String result = String.format(Locale.ROOT,
				"Reports end to end, KG 2022-09 on the demo data (%d runs after %d warm-up)%n"
						+ "engine + assembly       : median %.0f ms, p90 %.0f ms, max %.0f ms%n"
						+ "engine + assembly + PDF : median %.0f ms, p90 %.0f ms, max %.0f ms, %d KB%n"
						+ "engine + assembly + XLSX: median %.0f ms, p90 %.0f ms, max %.0f ms, %d KB%n",
				RUNS, WARM_UP, assembly.median(), assembly.p90(), assembly.max(), pdfTiming.median(), pdfTiming.p90(),
				pdfTiming.max(), pdfTiming.output().length / 1024, xlsxTiming.median(), xlsxTiming.p90(),
				xlsxTiming.max(), xlsxTiming.output().length / 1024);
		System.out.print(result);
		ReportSamples.write("benchmark-end-to-end.txt", result.getBytes(StandardCharsets.UTF_8));
	}

	private static Timing measure(Supplier<byte[]> render) {
		byte[] output = null;
		for (int i = 0; i < WARM_UP; i++) {
			output = render.get();
		}
		List<Double> millis = new ArrayList<>();
		for (int i = 0; i < RUNS; i++) {
			long start = System.nanoTime();
			output = render.get();
			millis.add((System.nanoTime() - start) / 1e6);
		}
		Collections.sort(millis);
		return new Timing(output, millis);
	}

	private record Timing(byte[] output, List<Double> millis) {

		double median() {
			return this.millis.get(this.millis.size() / 2);
		}

		double p90() {
			return this.millis.get(this.millis.size() * 9 / 10);
		}

		double max() {
			return this.millis.get(this.millis.size() - 1);
		}

	}

}
