package vn.thads.portal.dashboard.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The units table as CSV (RFC 4180): UTF-8 with a byte order mark, so that Excel reads
 * the Vietnamese names correctly; comma-separated; numbers plain for other programs —
 * whole numbers without separators, rates and points with a "." decimal point and two
 * decimals ({@code 20352}, {@code 83.50}, {@code -1.60}); an empty field where a value
 * does not exist. The header names each form's columns with the form.
 */
final class UnitsCsv {

	private static final String BYTE_ORDER_MARK = "\uFEFF";

	private static final String LINE_END = "\r\n";

	private UnitsCsv() {
	}

	static byte[] write(UnitsSheet sheet) {
		StringBuilder out = new StringBuilder(BYTE_ORDER_MARK);
		List<String> headers = sheet.columns()
			.stream()
			.map((column) -> (column.group() != null) ? column.group() + " – " + column.header() : column.header())
			.toList();
		line(out, headers);
		for (List<Object> row : sheet.rows()) {
			line(out, row.stream().map(UnitsCsv::value).toList());
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static void line(StringBuilder out, List<String> fields) {
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				out.append(',');
			}
			out.append(quoted(fields.get(i)));
		}
		out.append(LINE_END);
	}

	private static String value(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		return value.toString();
	}

	/** A field with a comma, a quote or a line break is quoted, quotes doubled. */
	private static String quoted(String field) {
		if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
			return "\"" + field.replace("\"", "\"\"") + "\"";
		}
		return field;
	}

}
