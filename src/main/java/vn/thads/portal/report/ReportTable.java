package vn.thads.portal.report;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import vn.thads.portal.returns.Form;

/**
 * One form of a report: a row per unit of the subtree (the agency's own return included)
 * and the total row, which the statistics engine summed; nothing here adds them up.
 *
 * @param form by cases or by money
 * @param rows one per unit, in print order
 * @param total the bold "Tổng cộng" row
 */
public record ReportTable(Form form, List<ReportRow> rows, ReportRow total) {

	public ReportTable {
		Objects.requireNonNull(form, "form");
		Objects.requireNonNull(total, "total");
		rows = List.copyOf(rows);
	}

	/**
	 * How many unit rows stay on the page of the total row (and of the signatures after
	 * the last table), as a typist would keep them: a page never holds the total or the
	 * signatures alone.
	 */
	static final int KEPT_WITH_TOTAL = 3;

	/** The bands the print view shows this form in. */
	public List<ReportBand> bands() {
		return Arrays.asList(ReportBand.values());
	}

	/** The unit rows before those kept with the total. */
	public List<ReportRow> leadingRows() {
		return this.rows.subList(0, Math.max(0, this.rows.size() - KEPT_WITH_TOTAL));
	}

	/** The last unit rows, printed on the same page as the total. */
	public List<ReportRow> rowsKeptWithTotal() {
		return this.rows.subList(Math.max(0, this.rows.size() - KEPT_WITH_TOTAL), this.rows.size());
	}

}
