package vn.thads.portal.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.thads.portal.period.ReportingPeriod;
import vn.thads.portal.stats.ReportedPeriods;

/**
 * The period selector: the statistical years from the first one reported to the current
 * one (latest first), each opening on the same month of its year where that has ended,
 * and the months of the selected year that have ended. Periods that have not ended are
 * never offered.
 *
 * @param previous the month before, or null; {@code next} the month after if it has ended
 */
public record PeriodChoice(ReportingPeriod selected, List<Year> years, List<ReportingPeriod> months,
		ReportingPeriod previous, ReportingPeriod next) {

	/** A statistical year of the selector and the period it opens on. */
	public record Year(int statYear, ReportingPeriod period) {

	}

	/**
	 * @param reported the first and latest periods of the agency's subtree; null without
	 * any
	 * @param lastEnded the last period that has ended (last month)
	 */
	static PeriodChoice of(ReportingPeriod selected, ReportedPeriods reported, ReportingPeriod lastEnded,
			LocalDate today) {
		int firstYear = Math.min(selected.statYear(),
				(reported != null) ? reported.first().statYear() : lastEnded.statYear());
		List<Year> years = new ArrayList<>();
		for (int year = lastEnded.statYear(); year >= firstYear; year--) {
			years.add(new Year(year, sameMonthIn(selected, year, today)));
		}
		List<ReportingPeriod> months = selected.monthsOfYear()
			.stream()
			.filter((month) -> month.hasEnded(today))
			.toList();
		ReportingPeriod next = selected.plusMonths(1);
		return new PeriodChoice(selected, years, months, selected.plusMonths(-1), next.hasEnded(today) ? next : null);
	}

	/**
	 * The month of that year at the same place as the selected one, or its last ended
	 * before that place (the current year has not reached it yet).
	 */
	private static ReportingPeriod sameMonthIn(ReportingPeriod selected, int statYear, LocalDate today) {
		ReportingPeriod found = null;
		for (ReportingPeriod month : ReportingPeriod.endOfYear(statYear, selected.firstMonth()).monthsOfYear()) {
			if (month.hasEnded(today) && month.months() <= selected.months()) {
				found = month;
			}
		}
		return found;
	}

}
