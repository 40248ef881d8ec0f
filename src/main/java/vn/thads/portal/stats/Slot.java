package vn.thads.portal.stats;

import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.period.ReportingPeriod;

/**
 * One sum the grouped query computes: the counted returns of {@code root}'s subtree (or
 * of {@code root} alone) for one period, optionally together with the subtrees of the
 * root's predecessors (for the same period last year of a successor agency).
 */
record Slot(AgencyRef root, boolean ownReturnOnly, ReportingPeriod period, boolean withPredecessors) {

	static Slot subtree(AgencyRef root, ReportingPeriod period) {
		return new Slot(root, false, period, false);
	}

	static Slot own(AgencyRef root, ReportingPeriod period) {
		return new Slot(root, true, period, false);
	}

	/** This slot one year earlier, reaching the predecessors of a successor agency. */
	Slot lastYear() {
		return new Slot(this.root, this.ownReturnOnly, this.period.samePeriodLastYear(), true);
	}

	/**
	 * This slot one month earlier, or null in the first month of the statistical year.
	 */
	Slot previousMonth() {
		ReportingPeriod previous = this.period.previousInYear();
		return (previous != null) ? new Slot(this.root, this.ownReturnOnly, previous, false) : null;
	}

}
