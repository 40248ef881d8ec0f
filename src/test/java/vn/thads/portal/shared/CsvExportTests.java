package vn.thads.portal.shared;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CSV injection (OWASP): text a spreadsheet would run as a formula is written inert,
 * numbers stay numbers, and the file reads back as it was.
 */
class CsvExportTests {

	@Test
	void textStartingAFormulaGetsAQuoteNumbersDoNot() {
		assertThat(CsvExport.cell("=HYPERLINK(\"http://x\",\"y\")")).isEqualTo("'=HYPERLINK(\"http://x\",\"y\")");
		assertThat(CsvExport.cell("+84 912")).isEqualTo("'+84 912");
		assertThat(CsvExport.cell("-2+3")).isEqualTo("'-2+3");
		assertThat(CsvExport.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(CsvExport.cell("\t=1")).isEqualTo("'\t=1");
		assertThat(CsvExport.cell("Chi cục THADS Châu Thành")).isEqualTo("Chi cục THADS Châu Thành");
		assertThat(CsvExport.cell("2025-07-01")).isEqualTo("2025-07-01");
		assertThat(CsvExport.cell(new BigDecimal("-1.60"))).isEqualTo("-1.60");
		assertThat(CsvExport.cell(-3L)).isEqualTo("-3");
		assertThat(CsvExport.cell(new BigDecimal("1E+3"))).isEqualTo("1000");
		assertThat(CsvExport.cell(null)).isEmpty();
	}

	@Test
	void aWrittenFileReadsBackAsItWas() {
		List<List<?>> rows = List.of(Arrays.asList("=1+2", new BigDecimal("-1.60"), null, "a,\"b\""),
				Arrays.asList("-x", -5L, "@y", "'kept"));
		byte[] file = CsvExport.write(List.of("name", "rate", "empty", "text"), rows);
		String text = new String(file, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFFname,rate,empty,text\r\n")
			.contains("'=1+2,-1.60,,\"a,\"\"b\"\"\"\r\n")
			.contains("'-x,-5,'@y,'kept\r\n");
		List<List<String>> read = CsvFiles.records(text.substring(1));
		assertThat(read.get(1)).containsExactly("=1+2", "-1.60", "", "a,\"b\"");
		assertThat(read.get(2)).containsExactly("-x", "-5", "@y", "'kept");
	}

}
