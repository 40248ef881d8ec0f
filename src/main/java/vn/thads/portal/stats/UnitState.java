package vn.thads.portal.stats;

import java.time.Instant;
import java.time.LocalDate;

import vn.thads.portal.agency.AgencyLevel;
import vn.thads.portal.returns.ReturnStatus;

/**
 * One expected unit's return for a period, for the lists of missing and late units.
 *
 * @param status null when the unit has no return at all
 * @param dueDate the last day to submit on time
 * @param submitted submitted or approved
 * @param late first submitted after the due day, or not submitted once it has passed
 * @param daysLate calendar days from the due day to the first submission (or today); 0
 * when not late
 */
public record UnitState(String agencyCode, String agencyName, AgencyLevel level, ReturnStatus status,
		Instant firstSubmittedAt, LocalDate dueDate, boolean submitted, boolean approved, boolean late, long daysLate) {

	public boolean missing() {
		return !this.submitted;
	}

}
