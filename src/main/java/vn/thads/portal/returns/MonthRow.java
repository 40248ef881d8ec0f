package vn.thads.portal.returns;

import java.time.Instant;

import vn.thads.portal.period.ReportingPeriod;

/**
 * One month of an agency's statistical year on the "my returns" page.
 *
 * @param reportable the period has ended and the agency existed: the month can be opened
 * @param status null when there is no return (missing)
 * @param reviewComment the leader's comment or reason when the return was sent back
 */
public record MonthRow(ReportingPeriod period, boolean reportable, ReturnStatus status, String reviewComment,
		Deadline deadline, Instant submittedAt, Instant approvedAt, String approvedBy) {

}
