package vn.thads.portal.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import vn.thads.portal.support.FullStack;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Speed of a province's quarterly report (16 unit rows: the province's own and 15
 * districts, plus the totals), rendered to PDF and to XLSX after a warm-up. Excluded from
 * the normal build (tag {@code benchmark}); run it with
 * {@code ./mvnw test -Dtest=ReportBenchmarkTests -Dgroups=benchmark -DexcludedGroups=}
 * and write the numbers in docs/benchmarks.md. It asserts what it produced, never a time.
 */
@FullStack
@Tag("benchmark")
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
