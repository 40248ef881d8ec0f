package vn.thads.portal.agency;

import java.time.LocalDate;
import java.util.List;

import vn.thads.portal.security.Role;

/**
 * The scope rules of domain.md §1a and §6 as pure functions of the user's role, the
 * user's own agency ({@code home}), the roots of what they see ({@code scope}: the home
 * agency and its predecessors, {@link AgencyLineage#scopeRoots}) and the agency acted on.
 * {@link AgencyScope} applies them to the signed-in user; keeping them pure lets every
 * rule be unit-tested at its boundaries.
 */
public final class ScopeRules {

	/**
	 * The day the regional offices replaced the district Chi cục and became part of their
	 * provincial agency (Decision 1898/QĐ-BTP): from then on a province's officers may
	 * enter its offices' returns (domain.md §6).
	 */
	public static final LocalDate REORGANISATION = Reorganisation.DAY;

	private ScopeRules() {
	}

	/**
	 * An administrator sees everything; anyone else their own agency's subtree and the
	 * predecessors' subtrees, recursively.
	 */
	public static boolean canView(Role role, List<AgencyRef> scope, AgencyRef agency) {
		return role == Role.ADMIN || scope.stream().anyMatch((root) -> root.contains(agency));
	}

	/**
	 * Only an officer: the returns of their own agency, and a province's officers those
	 * of its regional offices (part of it since the reorganisation).
	 */
	public static boolean canEditReturns(Role role, AgencyRef home, AgencyRef agency) {
		if (role != Role.OFFICER) {
			return false;
		}
		return home.id() == agency.id() || isRegionalOfficeOf(agency, home);
	}

	/** A local office under {@code province} created at or after the reorganisation. */
	public static boolean isRegionalOfficeOf(AgencyRef office, AgencyRef province) {
		return province.level() == AgencyLevel.PROVINCE && office.level() == AgencyLevel.LOCAL
				&& office.parentId() != null && office.parentId() == province.id()
				&& !office.validFrom().isBefore(REORGANISATION);
	}

	/**
	 * Approve, return, reopen: a leader of the agency itself or of any agency above, the
	 * predecessors in their scope included.
	 */
	public static boolean canReview(Role role, List<AgencyRef> scope, AgencyRef agency) {
		return role == Role.LEADER && scope.stream().anyMatch((root) -> root.contains(agency));
	}

	/** Targets are set one level down: by a leader of the parent, or an administrator. */
	public static boolean canSetTarget(Role role, AgencyRef home, AgencyRef agency) {
		if (role == Role.ADMIN) {
			return true;
		}
		return role == Role.LEADER && agency.parentId() != null && agency.parentId() == home.id();
	}

}
