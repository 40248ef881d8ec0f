package vn.thads.portal.dashboard;

import vn.thads.portal.returns.ReturnStatus;
import vn.thads.portal.stats.UnitCounts;
import vn.thads.portal.stats.UnitState;

/**
 * The state of a row's return for the period, as the engine's completeness found it: the
 * row agency's own return (missing, late, submitted, approved, with the days late), and
 * for a row that sums a subtree (a province on the national dashboard) how many of its
 * units have reported.
 *
 * @param status the own return's workflow state; null when there is none
 * @param daysLate days after the due day (0 when on time or not yet due)
 * @param units completeness of the row's subtree
 */
public record ReturnState(Kind kind, ReturnStatus status, boolean late, long daysLate, UnitCounts units) {

	/** Days late a sort tells apart. */
	private static final long DAYS = 1_000_000;

	/** What a row's own return amounts to, in the order a sort by state puts them. */
	public enum Kind {

		/** No return expected (the central agency files none). */
		NOT_EXPECTED,

		/** No return, a draft or one sent back: not counted. */
		MISSING,

		/** Submitted, waiting for approval. */
		SUBMITTED,

		/** Approved. */
		APPROVED;

		/** The message key: {@code dashboard.state.MISSING}. */
		public String key() {
			return "dashboard.state." + name();
		}

	}

	static ReturnState of(UnitState state, UnitCounts units) {
		if (state == null) {
			return new ReturnState(Kind.NOT_EXPECTED, null, false, 0, units);
		}
		Kind kind = state.approved() ? Kind.APPROVED : (state.submitted() ? Kind.SUBMITTED : Kind.MISSING);
		return new ReturnState(kind, state.status(), state.late(), state.daysLate(), units);
	}

	/** Whether the row sums more units than its own return (show "x / y đã gửi"). */
	public boolean summed() {
		return this.units.expected() > 1 || (this.kind == Kind.NOT_EXPECTED && this.units.expected() > 0);
	}

	/**
	 * The number a sort by state uses: missing before submitted before approved, within
	 * each the late ones first, most days late first (days late are far below a million).
	 */
	public long sortKey() {
		long lateness = this.late ? DAYS - Math.min(this.daysLate, DAYS - 1) : DAYS;
		return this.kind.ordinal() * 2 * DAYS + lateness;
	}

	/** Bootstrap classes of the badge. */
	public String badgeClass() {
		return switch (this.kind) {
			case APPROVED -> "text-bg-success";
			case SUBMITTED -> "text-bg-primary";
			case MISSING -> "text-bg-light border border-danger-subtle text-danger";
			case NOT_EXPECTED -> "text-bg-light border text-muted";
		};
	}

}
