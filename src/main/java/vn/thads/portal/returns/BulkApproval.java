package vn.thads.portal.returns;

import java.util.List;

/**
 * The outcome of approving several returns at once.
 *
 * @param approved how many were approved
 * @param skipped how many were no longer waiting (approved or returned by someone else)
 * @param changed the chosen returns still waiting but changed since the leader saw them:
 * when there is one, nothing was approved
 */
public record BulkApproval(int approved, int skipped, List<ChangedReturn> changed) {

	public BulkApproval {
		changed = List.copyOf(changed);
	}

	public boolean refused() {
		return !this.changed.isEmpty();
	}

}
