package vn.thads.portal.returns;

import java.time.Instant;
import java.util.List;

import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.period.ReportingPeriod;
import vn.thads.portal.shared.FieldProblem;

/**
 * One agency's return for one period as pages and the API show it. A return that does not
 * exist yet has no id, no status and no version, and carries the figures a new month
 * starts from.
 *
 * @param check both forms, their derived rows, errors and warnings
 * @param can what the signed-in user may do with it
 * @param inherited the base a successor's year goes on from (domain.md §1a), or null
 * @param notice why no one may enter or change it now, though its status would allow it
 * (a month outside the agency's life, a closed agency's deadline passed), or null
 * @param categories the categories its period reports (issue 14), in printed order
 */
public record ReturnView(Long id, AgencyRef agency, ReportingPeriod period, ReturnStatus status, Long version,
		ReturnCheck check, String explanation, String reviewComment, Instant firstSubmittedAt, Instant submittedAt,
		String submittedBy, Instant approvedAt, String approvedBy, Instant updatedAt, String updatedBy,
		Deadline deadline, ReturnPermissions can, InheritedBase inherited, FieldProblem notice,
		List<ReturnCategory> categories) {

	public boolean exists() {
		return this.id != null;
	}

	public ReturnFigures figures() {
		return this.check.figures();
	}

}
