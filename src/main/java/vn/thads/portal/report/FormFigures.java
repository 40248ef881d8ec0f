package vn.thads.portal.report;

import java.math.BigDecimal;
import java.util.List;

import vn.thads.portal.report.NarrativeFacts.Results;
import vn.thads.portal.returns.Form;
import vn.thads.portal.returns.ReturnStatus;
import vn.thads.portal.stats.AgencyStats;
import vn.thads.portal.stats.Change;
import vn.thads.portal.stats.FormTotals;
import vn.thads.portal.stats.UnitCounts;

/**
 * Reads one form's figures out of the engine's {@link AgencyStats}, which holds both
 * forms side by side (cases and money, a target and a gap for each), as a report row or
 * as narrative results. Only picks values; every one of them was computed by the engine.
 */
final class FormFigures {

	private FormFigures() {
	}

	/**
	 * A row of a report table. A row stands for the returns of several units when it is a
	 * subtree: its status is {@link ReturnStatus#APPROVED} only when every expected
	 * return in it is approved, {@link ReturnStatus#SUBMITTED} when they are all counted,
	 * and none when one is missing.
	 */
	static ReportRow row(String label, AgencyStats stats, Form form, boolean total) {
		FormTotals totals = totals(stats, form);
		return new ReportRow(label, totals.figures(), totals.derived(), target(stats, form), gap(stats, form),
				total ? null : status(stats.units()));
	}

	/**
	 * A category's form as a report table: the main form's columns, only the total row,
	 * without a target.
	 */
	static ReportTable category(Form form, FormTotals totals) {
		return new ReportTable(form, List.of(),
				new ReportRow(null, totals.figures(), totals.derived(), null, null, null));
	}

	/** The results the narrative words, with the target and last year when there are. */
	static Results results(AgencyStats stats, Form form) {
		FormTotals totals = totals(stats, form);
		Results results = Results.of(totals.derived().resolved(), totals.derived().withConditions(),
				totals.derived().completionRate());
		if (stats.target() != null) {
			results = results.withTarget(target(stats, form), gap(stats, form));
		}
		if (stats.previousYear() != null) {
			Change change = stats.change();
			boolean cases = form == Form.CASES;
			results = results.withPreviousYear(
					(cases ? stats.previousYear().cases() : stats.previousYear().money()).derived().resolved(),
					cases ? change.casesResolvedPct() : change.moneyResolvedPct(),
					cases ? change.casesRatePoints() : change.moneyRatePoints());
		}
		return results;
	}

	static ReturnStatus status(UnitCounts units) {
		if (units.approved() == units.expected()) {
			return ReturnStatus.APPROVED;
		}
		return (units.submitted() == units.expected()) ? ReturnStatus.SUBMITTED : null;
	}

	private static FormTotals totals(AgencyStats stats, Form form) {
		return (form == Form.CASES) ? stats.cases() : stats.money();
	}

	private static BigDecimal target(AgencyStats stats, Form form) {
		if (stats.target() == null) {
			return null;
		}
		return (form == Form.CASES) ? stats.target().casesRate() : stats.target().moneyRate();
	}

	private static BigDecimal gap(AgencyStats stats, Form form) {
		if (stats.gap() == null) {
			return null;
		}
		return (form == Form.CASES) ? stats.gap().casesPoints() : stats.gap().moneyPoints();
	}

}
