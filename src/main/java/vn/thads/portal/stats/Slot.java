package vn.thads.portal.stats;

import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.period.ReportingPeriod;

/**
 * One sum the grouped query computes: the counted returns of {@code root}'s subtree (or
 * of {@code root}'s own return alone) for one period. Which agencies that reaches for a
 * period before {@code root} existed is decided by {@link Counting}, nowhere else.
 */
record Slot(AgencyRef root, boolean ownReturnOnly, ReportingPeriod period) {

	static Slot subtree(AgencyRef root, ReportingPeriod period) {
		return new Slot(root, false, period);
	}

	static Slot own(AgencyRef root, ReportingPeriod period) {
		return new Slot(root, true, period);
	}

	/**
	 * This slot one year earlier: the same rule, so a successor meets its predecessors.
	 */
	Slot lastYear() {
		return new Slot(this.root, this.ownReturnOnly, this.period.samePeriodLastYear());
	}

	/**
	 * This slot one month earlier, or null in the first month of the statistical year.
	 */
	Slot previousMonth() {
		ReportingPeriod previous = this.period.previousInYear();
		return (previous != null) ? new Slot(this.root, this.ownReturnOnly, previous) : null;
	}

}
