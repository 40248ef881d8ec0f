package vn.thads.portal.returns;

import java.time.Instant;

import vn.thads.portal.period.ReportingPeriod;

/**
 * A return loaded in bulk (the demo data) with the story of its workflow: created and
 * entered by an officer, possibly submitted, possibly approved or returned by a leader.
 *
 * @param status DRAFT, SUBMITTED, APPROVED or RETURNED
 * @param officer who entered and submitted it
 * @param submittedAt null for a draft
 * @param reviewer who approved or returned it, or null
 * @param reviewedAt when, or null
 * @param reviewComment why it was returned, or null
 */
public record ImportedReturn(long agencyId, ReportingPeriod period, ReturnFigures figures, ReturnStatus status,
		String officer, Instant createdAt, Instant submittedAt, String reviewer, Instant reviewedAt,
		String reviewComment) {

}
