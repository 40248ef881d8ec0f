package vn.thads.portal.returns.exchange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The problems found in a history file: the first ones kept, all counted. */
final class Issues {

	final List<RowIssue> errors = new ArrayList<>();

	final List<RowIssue> warnings = new ArrayList<>();

	int errorCount;

	int warningCount;

	void error(int line, String column, String message) {
		this.errorCount++;
		if (this.errors.size() < HistoryImportJobs.PROBLEMS_KEPT) {
			this.errors.add(new RowIssue(line, column, message, false));
		}
	}

	void warning(int line, String column, String message) {
		this.warningCount++;
		if (this.warnings.size() < HistoryImportJobs.PROBLEMS_KEPT) {
			this.warnings.add(new RowIssue(line, column, message, true));
		}
	}

	static List<RowIssue> byLine(List<RowIssue> issues) {
		return issues.stream().sorted(Comparator.comparingInt(RowIssue::line)).toList();
	}

}
