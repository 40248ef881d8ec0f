package vn.thads.portal.report;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import vn.thads.portal.report.document.DocumentTable;
import vn.thads.portal.report.document.DocumentTable.Column;
import vn.thads.portal.report.document.DocumentTable.Row;
import vn.thads.portal.report.document.DocumentTable.Value;
import vn.thads.portal.report.document.Text;
import vn.thads.portal.returns.FormLine;

/**
 * A companion form of the monthly return in the printed report (tiếp công dân, issue 14;
 * the other companion forms the same way): its lines as the statistics engine summed them
 * for the agency's subtree, printed as a table of the form's lines in their order,
 * numbered (1), (2), … or with their legend, and worded in one sentence of the narrative
 * whose arguments are the lines' values in the same order. Nothing here names a line: a
 * form is its {@link FormLine} enum.
 *
 * @param code the form's code: the section's id ({@code companion-reception}) and the
 * message keys {@code report.companion.<code>.title},
 * {@code report.narrative.companion.<code>} and {@code report.xlsx.sheet.<code>}
 * @param lines the form's lines, in form order
 * @param labelKey the message key of a line's label
 * @param value a line's value for the agency's subtree and the period, as the engine
 * summed it (an entered line's; a computed one is computed by its formula)
 * @param <L> the form's lines
 */
record CompanionSections<L extends FormLine<L>>(String code, List<L> lines, Function<L, String> labelKey,
		ToLongFunction<L> value) {

	CompanionSections {
		Objects.requireNonNull(code, "code");
		lines = List.copyOf(lines);
		Objects.requireNonNull(labelKey, "labelKey");
		Objects.requireNonNull(value, "value");
	}

	/** Whether any line has a figure: a form without any is not printed. */
	boolean hasFigures() {
		return this.lines.stream().filter(FormLine::isEntered).anyMatch((line) -> this.value.applyAsLong(line) != 0);
	}

	/** The table: a column per line, the subtree's total as its one row. */
	DocumentTable table() {
		List<Column> columns = this.lines.stream()
			.map((line) -> new Column(Text.message(this.labelKey.apply(line)),
					(line.legend() != null) ? line.legend() : FormLine.numbered(line.number())))
			.toList();
		List<Value> values = this.lines.stream().map(this::cell).toList();
		return new DocumentTable("companion-" + this.code, Text.message("report.companion." + this.code + ".title"),
				Text.message("report.table.unit"), columns, List.of(),
				new Row(Text.message("report.table.total"), values));
	}

	/** The narrative's sentence: the lines' values, in form order, as its arguments. */
	Text sentence() {
		return Text.message("report.narrative.companion." + this.code,
				this.lines.stream().map(this::argument).toArray());
	}

	/** The name of the form's sheet in the workbook. */
	Text sheetName() {
		return Text.message("report.xlsx.sheet." + this.code);
	}

	private Value cell(L line) {
		return line.isRate() ? Value.rate(FormLine.rate(line, this.value)) : Value.amount(amount(line));
	}

	private Object argument(L line) {
		return line.isRate() ? FormLine.rate(line, this.value) : (Object) amount(line);
	}

	private long amount(L line) {
		return FormLine.amount(line, this.value);
	}

}
