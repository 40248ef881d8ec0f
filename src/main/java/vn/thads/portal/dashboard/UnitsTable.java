package vn.thads.portal.dashboard;

import java.util.Comparator;
import java.util.List;

import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.period.ReportingPeriod;
import vn.thads.portal.returns.Form;
import vn.thads.portal.stats.Basis;

/**
 * The units table of a dashboard, and of its CSV and Excel files: the agency's own row
 * (when it files a return) and one row per direct unit, in the engine's order, and the
 * total row. The rows add up to the total (the engine's guarantee).
 */
public record UnitsTable(AgencyRef agency, ReportingPeriod period, Basis basis, List<UnitRow> rows, UnitRow total) {

	/**
	 * The rows by one form's rate, highest first; rows without a rate (nothing
	 * enforceable) last, by code: the ranking chart and its table.
	 */
	public List<UnitRow> ranked(Form form) {
		Comparator<UnitRow> byRate = Comparator.comparing((UnitRow row) -> row.cells(form).rate(),
				Comparator.nullsLast(Comparator.reverseOrder()));
		return this.rows.stream().sorted(byRate.thenComparing((row) -> row.agency().code())).toList();
	}

	/**
	 * Height of a ranking chart in pixels: room for every row's bar, so that the names of
	 * 63 provinces stay readable.
	 */
	public int rankingHeight() {
		return 60 + 24 * this.rows.size();
	}

	/**
	 * Whether the ranking chart goes on paper: with the country's 63 provinces it would
	 * not fit a page, and the printed units table holds the same numbers.
	 */
	public boolean rankingPrinted() {
		return this.rows.size() <= 20;
	}

	/** The rows below their target by one form: "who is behind", named on the page. */
	public List<UnitRow> behind(Form form) {
		return this.rows.stream().filter((row) -> row.cells(form).standing().isBelow()).toList();
	}

}
