package vn.thads.portal.report;

import java.util.Arrays;
import java.util.List;

import vn.thads.portal.returns.FormColumn;

/**
 * How the twenty columns of a form are printed. Twenty amounts of up to 13 characters
 * plus target and gap do not fit the 252 mm between the margins of a landscape A4 page at
 * a readable 10 pt, so each form is printed as two bands, one table each, as wide as the
 * page and with its own repeated header: (1)–(10), the intake and the enforceable cases,
 * then (11)–(20) with the target and the gap, the results. Both bands keep the official
 * column numbers, so a reader can lay them side by side. Excel has no page width and
 * shows every column in one table.
 */
public enum ReportBand {

	/** Columns (1)–(10): carried over … reduced. */
	INTAKE(FormColumn.CARRIED_OVER, FormColumn.REDUCED, false),

	/** Columns (11)–(20): in progress … share with conditions, then target and gap. */
	RESULTS(FormColumn.IN_PROGRESS, FormColumn.CONDITIONS_SHARE, true);

	private final List<FormColumn> columns;

	private final boolean withTarget;

	ReportBand(FormColumn first, FormColumn last, boolean withTarget) {
		this.columns = Arrays.stream(FormColumn.values())
			.filter((c) -> c.ordinal() >= first.ordinal() && c.ordinal() <= last.ordinal())
			.toList();
		this.withTarget = withTarget;
	}

	public List<FormColumn> columns() {
		return this.columns;
	}

	/**
	 * How many columns the band's table has: the unit, its form columns, target and gap.
	 */
	public int width() {
		return 1 + this.columns.size() + (this.withTarget ? 2 : 0);
	}

	/** Whether the band continues the form's first band ("Biểu số … (tiếp theo)"). */
	public boolean continued() {
		return this != INTAKE;
	}

	/** Whether the band ends with the target and gap columns. */
	public boolean withTarget() {
		return this.withTarget;
	}

}
