package vn.thads.portal.returns.exchange;

import java.util.List;

import vn.thads.portal.returns.HistoryWrite;

/**
 * What a history file would do: the returns to write and how many rows are new, changed
 * and unchanged; the problems found (the first ones are listed, all are counted).
 *
 * @param writes the new and changed returns (written only when there is no error)
 */
public record HistoryPlan(List<HistoryWrite> writes, int news, int changed, int unchanged, List<RowIssue> errors,
		List<RowIssue> warnings, int errorCount, int warningCount) {

	static HistoryPlan refused(List<RowIssue> errors) {
		return new HistoryPlan(List.of(), 0, 0, 0, errors, List.of(), errors.size(), 0);
	}

	public boolean hasErrors() {
		return this.errorCount > 0;
	}

}
