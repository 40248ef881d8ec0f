package vn.thads.portal.proof;

/**
 * Who may call a route (domain.md §1a, §6), as the access-control matrix expects it. The
 * relation is that of the agency in the route to the caller's own agency.
 */
enum AccessRule {

	/** Anyone, signed in or not. */
	PUBLIC,

	/** Any signed-in user; the route names no agency (or only the caller's own). */
	SIGNED_IN,

	/** Leaders only (the review queue). */
	LEADER,

	/** The agency's figures: its subtree and its predecessors', or an administrator. */
	VIEW,

	/**
	 * Enter and submit returns: officers of the agency (and of the primary successor of a
	 * closed one).
	 */
	EDIT_RETURNS,

	/**
	 * A province's month in one workbook: the province's own officers and leaders, or an
	 * administrator (their own agency when it is not a province: 404).
	 */
	PROVINCE_OWN,

	/** Upload a province's workbook: the province's own officers. */
	PROVINCE_OFFICER,

	/** Approve and return: leaders of the agency or above, its successors included. */
	REVIEW,

	/** Reopen: as {@link #REVIEW}, and an administrator for a closed agency. */
	REOPEN,

	/** Set one agency's target: a leader of its parent, or an administrator. */
	SET_TARGET,

	/**
	 * Set the targets of the units below the agency: its leaders, or an administrator.
	 */
	SET_TARGETS_BELOW,

	/** Administrators only. */
	ADMIN,

	/**
	 * Enter and keep key cases current (issue 15): the officers who enter the agency's
	 * returns, or an administrator.
	 */
	KEEP_KEY_CASES,

	/**
	 * Flag key cases and give instructions: leaders of the agency or above, or an
	 * administrator.
	 */
	LEAD_KEY_CASES,

	/**
	 * Enter a meeting's conclusions (issue 15): the agency's own leaders, or an
	 * administrator.
	 */
	MEETING_CONCLUSIONS,

	/**
	 * Export returns as a file (issue 13): leaders within their scope (as {@link #VIEW}),
	 * administrators everywhere; never officers.
	 */
	EXPORT;

	/** Whether the caller may, for an agency in the given relation to them. */
	boolean allows(Caller caller, Relation relation) {
		if (this == PUBLIC) {
			return true;
		}
		if (caller.role() == null) {
			return false;
		}
		boolean admin = "ADMIN".equals(caller.role());
		boolean leader = "LEADER".equals(caller.role());
		boolean officer = "OFFICER".equals(caller.role());
		boolean inScope = relation == Relation.OWN || relation == Relation.PREDECESSOR || relation == Relation.CHILD;
		return switch (this) {
			case PUBLIC -> true;
			case SIGNED_IN -> true;
			case LEADER -> leader;
			case VIEW -> admin || inScope;
			case EDIT_RETURNS -> officer && (relation == Relation.OWN || relation == Relation.PREDECESSOR);
			case PROVINCE_OWN -> admin || ((officer || leader) && relation == Relation.OWN);
			case PROVINCE_OFFICER -> officer && relation == Relation.OWN;
			case REVIEW -> leader && inScope;
			case REOPEN -> (leader && inScope) || (admin && relation == Relation.PREDECESSOR);
			case SET_TARGET -> admin || (leader && relation == Relation.CHILD);
			case SET_TARGETS_BELOW -> admin || (leader && relation == Relation.OWN);
			case ADMIN -> admin;
			case KEEP_KEY_CASES -> admin || (officer && (relation == Relation.OWN || relation == Relation.PREDECESSOR));
			case LEAD_KEY_CASES -> admin || (leader && inScope);
			case MEETING_CONCLUSIONS -> admin || (leader && relation == Relation.OWN);
			case EXPORT -> admin || (leader && inScope);
		};
	}

	/** The agency under test as seen from the caller. */
	enum Relation {

		/** The caller's own agency (for an administrator: any existing agency). */
		OWN,

		/** A unit directly below the caller's agency. */
		CHILD,

		/** A closed agency that the caller's agency succeeds. */
		PREDECESSOR,

		/** An agency outside the caller's scope. */
		OTHER,

		/** A code no agency has. */
		UNKNOWN

	}

	/** A caller: a demo account and its role, or anonymous (both null). */
	record Caller(String username, String role) {

		static final Caller ANONYMOUS = new Caller(null, null);

		@Override
		public String toString() {
			return (this.username != null) ? this.username : "anonymous";
		}

	}

}
