package vn.thads.portal.report;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import vn.thads.portal.report.document.DocumentSection;
import vn.thads.portal.returns.Form;

/**
 * One form of a report: a row per unit of the subtree (the agency's own return included)
 * and the total row, which the statistics engine summed; nothing here adds them up. A
 * section of the printed report of its own ({@code report/fragments :: form}).
 *
 * @param form by cases or by money
 * @param rows one per unit, in print order
 * @param total the bold "Tổng cộng" row
 */
public record ReportTable(Form form, List<ReportRow> rows, ReportRow total) implements DocumentSection {

	public ReportTable {
		Objects.requireNonNull(form, "form");
		Objects.requireNonNull(total, "total");
		rows = List.copyOf(rows);
	}

	/**
	 * How many unit rows go with the total row to a new page when the signatures after
	 * the last table would otherwise stand alone on the last page (a typist's habit, see
	 * {@link PdfRenderer}).
	 */
	static final int KEPT_WITH_TOTAL = 3;

	/** As a section of the report: its form heading and bands. */
	@Override
	public String fragment() {
		return "report/fragments :: form";
	}

	/** The bands the print view shows this form in. */
	public List<ReportBand> bands() {
		return Arrays.asList(ReportBand.values());
	}

	/** The unit rows before the last {@value #KEPT_WITH_TOTAL}. */
	public List<ReportRow> leadingRows() {
		return this.rows.subList(0, Math.max(0, this.rows.size() - KEPT_WITH_TOTAL));
	}

	/** The last {@value #KEPT_WITH_TOTAL} unit rows (all of them in a shorter table). */
	public List<ReportRow> rowsKeptWithTotal() {
		return this.rows.subList(Math.max(0, this.rows.size() - KEPT_WITH_TOTAL), this.rows.size());
	}

}
