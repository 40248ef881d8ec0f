package vn.thads.portal.agency;

import vn.thads.portal.security.Role;

/**
 * The scope rules of domain.md §6 as pure functions of the user's role, the user's own
 * agency ({@code home}) and the agency acted on. {@link AgencyScope} applies them to the
 * signed-in user; keeping them pure lets every rule be unit-tested at its boundaries.
 */
public final class ScopeRules {

	private ScopeRules() {
	}

	/** An administrator sees everything; anyone else their own agency and below. */
	public static boolean canView(Role role, AgencyRef home, AgencyRef agency) {
		return role == Role.ADMIN || home.contains(agency);
	}

	/** Only an officer, and only the returns of their own agency. */
	public static boolean canEditReturns(Role role, AgencyRef home, AgencyRef agency) {
		return role == Role.OFFICER && home.id() == agency.id();
	}

	/** Approve, return, reopen: a leader of the agency itself or of any agency above. */
	public static boolean canReview(Role role, AgencyRef home, AgencyRef agency) {
		return role == Role.LEADER && home.contains(agency);
	}

	/** Targets are set one level down: by a leader of the parent, or an administrator. */
	public static boolean canSetTarget(Role role, AgencyRef home, AgencyRef agency) {
		if (role == Role.ADMIN) {
			return true;
		}
		return role == Role.LEADER && agency.parentId() != null && agency.parentId() == home.id();
	}

}
