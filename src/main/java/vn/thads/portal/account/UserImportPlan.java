package vn.thads.portal.account;

import java.util.List;

import vn.thads.portal.account.UserImportLine.Outcome;

/** The dry run of a users' file: what each row would do. Nothing has been saved. */
public record UserImportPlan(List<UserImportLine> lines) {

	public UserImportPlan {
		lines = List.copyOf(lines);
	}

	public long count(Outcome outcome) {
		return this.lines.stream().filter((l) -> l.outcome() == outcome).count();
	}

	public long getCreating() {
		return count(Outcome.CREATE);
	}

	public long getUpdating() {
		return count(Outcome.UPDATE);
	}

	public long getUnchanged() {
		return count(Outcome.UNCHANGED);
	}

	public long getRefused() {
		return count(Outcome.ERROR);
	}

	/** What each row would do, in the file's order. */
	public List<Outcome> outcomes() {
		return this.lines.stream().map(UserImportLine::outcome).toList();
	}

	/** One bad row rejects the whole file. */
	public boolean hasErrors() {
		return count(Outcome.ERROR) > 0;
	}

}
