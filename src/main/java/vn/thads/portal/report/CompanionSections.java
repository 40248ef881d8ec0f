package vn.thads.portal.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.ToLongFunction;

import vn.thads.portal.report.document.DocumentTable;
import vn.thads.portal.report.document.DocumentTable.Column;
import vn.thads.portal.report.document.DocumentTable.Row;
import vn.thads.portal.report.document.DocumentTable.Value;
import vn.thads.portal.report.document.Text;
import vn.thads.portal.returns.CompanionForm;
import vn.thads.portal.returns.CompanionLine;
import vn.thads.portal.stats.CompanionStats;

/**
 * A companion form of the monthly return in the printed report (issue 14: tiếp công dân,
 * khiếu nại tố cáo, theo dõi thi hành án hành chính): its lines as the statistics engine
 * summed them for the agency's subtree, printed as a table of the form's lines in their
 * order, numbered (1), (2), … or with their legend, with a row of the same period last
 * year when it has figures, and worded in one sentence of the narrative whose arguments
 * are the lines' values in the same order (and, when last year has figures, a second
 * sentence whose arguments are last year's). Nothing here names a form or a line: every
 * {@link CompanionForm} is printed the same way.
 * <p>
 * Message keys, by the form's code: {@code report.companion.<code>.title},
 * {@code report.narrative.companion.<code>} and
 * {@code report.narrative.companion.<code>.lastYear}.
 *
 * @param stats the form's sums for the subtree, this period and the same period last year
 */
record CompanionSections(CompanionStats stats) {

	CompanionSections {
		Objects.requireNonNull(stats, "stats");
	}

	/** A section of each companion form, in {@link CompanionForm} order. */
	static List<CompanionSections> of(List<CompanionStats> stats) {
		return stats.stream().map(CompanionSections::new).toList();
	}

	String code() {
		return this.stats.form().code();
	}

	/** Whether any line has a figure in the period: a form without any is not printed. */
	boolean hasFigures() {
		return !this.stats.now().isZero();
	}

	/**
	 * The table: a column per line, the subtree's total as its last row, preceded by the
	 * same period last year's when it has figures.
	 */
	DocumentTable table() {
		List<CompanionLine<?>> lines = this.stats.form().lines();
		List<Column> columns = lines.stream()
			.map((line) -> new Column(Text.message(line.labelKey()), line.heading()))
			.toList();
		List<Row> rows = new ArrayList<>();
		String totalLabel = "report.table.total";
		if (this.stats.hasLastYear()) {
			rows.add(new Row(Text.message("report.companion.lastYear"), values(this.stats::lastYear)));
			totalLabel = "report.companion.thisPeriod";
		}
		return new DocumentTable("companion-" + code(), Text.message("report.companion." + code() + ".title"),
				Text.message("report.table.unit"), columns, rows,
				new Row(Text.message(totalLabel), values(this.stats::value)));
	}

	/** The narrative's sentence: the lines' values, in form order, as its arguments. */
	Text sentence() {
		return Text.message("report.narrative.companion." + code(), arguments(this.stats::value));
	}

	/**
	 * The sentence of the same period last year, when it has figures: last year's values
	 * of the lines, in form order, as its arguments.
	 */
	Optional<Text> lastYearSentence() {
		return this.stats.hasLastYear() ? Optional
			.of(Text.message("report.narrative.companion." + code() + ".lastYear", arguments(this.stats::lastYear)))
				: Optional.empty();
	}

	private List<Value> values(ToLongFunction<CompanionLine<?>> value) {
		return this.stats.form().lines().stream().map((line) -> Value.amount(value.applyAsLong(line))).toList();
	}

	private Object[] arguments(ToLongFunction<CompanionLine<?>> value) {
		return this.stats.form().lines().stream().map(value::applyAsLong).toArray();
	}

}
