package vn.thads.portal.report.document;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A table of figures: a title, a first column of row labels, numbered columns ("(1)", or
 * a legend "(3) = (1) + (2)") and rows, the last in bold ("Tổng cộng"). Numbers are
 * formatted by the renderers (1.165.081.049, 57,79) and stay numbers in the workbook.
 *
 * @param id the section's HTML id ({@code reception}), or null
 * @param title printed above the table in bold ("Tiếp công dân")
 * @param labelHeader the first column's header ("Đơn vị")
 * @param columns the other columns
 * @param rows the rows, in print order
 * @param total the bold last row, or null
 */
public record DocumentTable(String id, Text title, Text labelHeader, List<Column> columns, List<Row> rows,
		Row total) implements DocumentSection {

	public DocumentTable {
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(labelHeader, "labelHeader");
		columns = List.copyOf(columns);
		rows = List.copyOf(rows);
		for (Row row : (total != null) ? concat(rows, total) : rows) {
			if (row.values().size() != columns.size()) {
				throw new IllegalArgumentException("Row " + row.label() + " has " + row.values().size() + " values for "
						+ columns.size() + " columns");
			}
		}
	}

	@Override
	public String fragment() {
		return "document/sections :: table";
	}

	/** The rows, then the total when there is one. */
	public List<Row> allRows() {
		return (this.total != null) ? concat(this.rows, this.total) : this.rows;
	}

	private static List<Row> concat(List<Row> rows, Row last) {
		return java.util.stream.Stream.concat(rows.stream(), java.util.stream.Stream.of(last)).toList();
	}

	/**
	 * @param label the column's header
	 * @param number its number or legend under the header ("(1)")
	 */
	public record Column(Text label, String number) {

		public Column {
			Objects.requireNonNull(label, "label");
			number = Objects.requireNonNullElse(number, "");
		}

	}

	public record Row(Text label, List<Value> values) {

		public Row {
			Objects.requireNonNull(label, "label");
			values = List.copyOf(values);
		}

	}

	/**
	 * A cell: an amount (1.165.081.049), a rate (57,79; "—" when null) or a text.
	 */
	public record Value(Long amount, BigDecimal rate, String text) {

		public static Value amount(long amount) {
			return new Value(amount, null, null);
		}

		public static Value rate(BigDecimal rate) {
			return new Value(null, rate, null);
		}

		public static Value text(String text) {
			return new Value(null, null, Objects.requireNonNull(text, "text"));
		}

		public boolean ofAmount() {
			return this.amount != null;
		}

		public boolean ofText() {
			return this.text != null;
		}

	}

}
