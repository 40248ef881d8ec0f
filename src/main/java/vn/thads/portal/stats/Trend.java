package vn.thads.portal.stats;

import java.util.List;

import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.agency.Reorganisation;
import vn.thads.portal.period.ReportingPeriod;
import vn.thads.portal.target.TargetRates;

/**
 * The completion rate month by month through a statistical year, against the same months
 * of last year and the target: what a dashboard charts.
 *
 * @param period the period shown; the months after it have no rates of this year yet
 * @param target the agency's targets for the year; null without one
 * @param months the twelve months of the statistical year, in order
 */
public record Trend(AgencyRef agency, ReportingPeriod period, Basis basis, TargetRates target,
		List<TrendMonth> months) {

	/**
	 * Where the year crosses the 2025 reorganisation: the index of its first month in the
	 * present structure (07/2025) when months before it are shown too; else null. The
	 * figures stay continuous (predecessors before, successors after); pages mark it.
	 */
	public Integer switchIndex() {
		for (int i = 1; i < this.months.size(); i++) {
			if (isSwitchMonth(this.months.get(i))) {
				return i;
			}
		}
		return null;
	}

	/** Whether {@code month} is the first month of the present structure. */
	public boolean isSwitchMonth(TrendMonth month) {
		return month.period().monthStart().equals(Reorganisation.DAY);
	}

}
