package vn.thads.portal.agency.exchange;

import java.util.List;

/**
 * What an import did, or would do on a dry run (api.md, Agencies).
 *
 * @param created agencies added
 * @param renamed agencies given a new name from a day, or a corrected one
 * @param closed agencies whose validity now ends
 * @param linked successors given a new predecessor link, and predecessors counted under
 * another successor
 * @param updated agencies moved, or given another level or validity start
 * @param unchanged how many agencies of the file were already as it says
 * @param errors nothing was applied when there are any
 * @param applied whether the changes were written (false on a dry run or with errors)
 */
public record ImportResult(List<String> created, List<String> renamed, List<String> closed, List<String> linked,
		List<String> updated, int unchanged, List<RowError> errors, boolean applied) {

	/** One problem of the file, in the user's language. */
	public record RowError(int row, String message) {
	}

	public boolean hasErrors() {
		return !this.errors.isEmpty();
	}

	/** Whether applying the file would change anything. */
	public boolean hasChanges() {
		return !(this.created.isEmpty() && this.renamed.isEmpty() && this.closed.isEmpty() && this.linked.isEmpty()
				&& this.updated.isEmpty());
	}

}
