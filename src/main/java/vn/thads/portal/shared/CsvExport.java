package vn.thads.portal.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every CSV file the portal writes (RFC 4180 with Apache Commons CSV): UTF-8 with a byte
 * order mark, so that Excel reads Vietnamese names; lines end in CRLF; numbers plain
 * ({@code 20352}, {@code -1.60}); an empty field for null. A text cell that a spreadsheet
 * would run as a formula (it starts with {@code = + - @}, a tab or a carriage return) is
 * written with a single quote before it, as OWASP recommends against CSV injection;
 * numbers, negative ones too, stay numbers. {@link CsvFiles} drops that quote again when
 * such a file is read back.
 */
public final class CsvExport {

	private static final String BYTE_ORDER_MARK = "\uFEFF";

	/** What a spreadsheet takes as the start of a formula. */
	private static final String FORMULA_STARTS = "=+-@\t\r";

	static final char NEUTRALISER = '\'';

	private CsvExport() {
	}

	/** The file: the header line, then one line per row. */
	public static byte[] write(List<String> header, List<? extends List<?>> rows) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
			writer.write(BYTE_ORDER_MARK);
			CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT);
			csv.printRecord(header.stream().map(CsvExport::cell));
			for (List<?> row : rows) {
				csv.printRecord(row.stream().map(CsvExport::cell));
			}
			csv.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/** One cell as written (before quoting): a number plain, text made inert. */
	public static String cell(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		if (value instanceof Number number) {
			return number.toString();
		}
		String text = value.toString();
		return startsFormula(text) ? NEUTRALISER + text : text;
	}

	static boolean startsFormula(String text) {
		return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
	}

}
