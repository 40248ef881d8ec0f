package vn.thads.portal.agency;

import java.util.List;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thads.portal.security.PortalUser;
import vn.thads.portal.security.Role;

/**
 * The one service that says what the signed-in user may do with an agency's figures
 * (domain.md §6, rules in {@link ScopeRules}). Every page and API call of every feature
 * asks it; nothing else decides scope. The user's agency is read afresh from the tree.
 */
@Service
@Transactional(readOnly = true)
public class AgencyScope {

	private final AgencyDirectory directory;

	AgencyScope(AgencyDirectory directory) {
		this.directory = directory;
	}

	/** The user's own agency, as it is now in the tree. */
	public AgencyRef home(PortalUser user) {
		return this.directory.getById(user.getAgencyId());
	}

	/**
	 * The highest agency the user can see: the root of the tree for an administrator,
	 * their own agency for anyone else.
	 */
	public AgencyRef top(PortalUser user) {
		AgencyRef home = home(user);
		if (user.hasRole(Role.ADMIN)) {
			return this.directory.all().stream().filter((a) -> a.parentId() == null).findFirst().orElse(home);
		}
		return home;
	}

	/**
	 * The roots of what the user sees: their agency and its predecessors, recursively
	 * (domain.md §1a); each root stands for its subtree.
	 */
	public List<AgencyRef> scopeRoots(PortalUser user) {
		return roots(user, this.directory.lineage());
	}

	private static List<AgencyRef> roots(PortalUser user, AgencyLineage lineage) {
		return lineage.scopeRoots(lineage.byId(user.getAgencyId()).orElseThrow());
	}

	/**
	 * Every agency the user may see, parents before children: their subtree and their
	 * predecessors' subtrees.
	 */
	public List<AgencyRef> visible(PortalUser user) {
		return visible(user, this.directory.lineage());
	}

	/**
	 * {@link #visible(PortalUser)} answered from a lineage the caller has read already
	 * (the tree is read once per request).
	 */
	public List<AgencyRef> visible(PortalUser user, AgencyLineage lineage) {
		if (user.hasRole(Role.ADMIN)) {
			return lineage.all();
		}
		List<AgencyRef> roots = roots(user, lineage);
		return lineage.all().stream().filter((a) -> ScopeRules.canView(user.getRole(), roots, a)).toList();
	}

	/**
	 * Every agency whose returns the user may approve, parents before children: the tree
	 * is read once, not once per agency (the review queue's badge is on every page).
	 */
	public List<AgencyRef> reviewable(PortalUser user) {
		AgencyLineage lineage = this.directory.lineage();
		List<AgencyRef> roots = roots(user, lineage);
		return lineage.all().stream().filter((a) -> ScopeRules.canReview(user.getRole(), roots, a)).toList();
	}

	public boolean canView(PortalUser user, AgencyRef agency) {
		return user.hasRole(Role.ADMIN) || ScopeRules.canView(user.getRole(), scopeRoots(user), agency);
	}

	/**
	 * An officer's own agency, a province's regional offices, and a closed agency whose
	 * primary successor the officer may edit (its last returns are filed by the
	 * successor: domain.md §1a; until when is the returns' rule).
	 */
	public boolean canEditReturns(PortalUser user, AgencyRef agency) {
		AgencyRef home = home(user);
		if (ScopeRules.canEditReturns(user.getRole(), home, agency)) {
			return true;
		}
		if (user.getRole() != Role.OFFICER || agency.validTo() == null) {
			return false;
		}
		AgencyLineage lineage = this.directory.lineage();
		return lineage.primarySuccessor(agency)
			.filter((successor) -> ScopeRules.canEditReturns(user.getRole(), home, successor))
			.isPresent();
	}

	public boolean canReview(PortalUser user, AgencyRef agency) {
		return ScopeRules.canReview(user.getRole(), scopeRoots(user), agency);
	}

	public boolean canSetTarget(PortalUser user, AgencyRef agency) {
		return ScopeRules.canSetTarget(user.getRole(), home(user), agency);
	}

	/**
	 * @throws AccessDeniedException (403) unless the user may see the agency
	 */
	public AgencyRef requireView(PortalUser user, String agencyCode) {
		return require(canViewCode(user, agencyCode));
	}

	/**
	 * @throws AccessDeniedException (403) unless the user may edit the agency's returns
	 */
	public AgencyRef requireEditReturns(PortalUser user, String agencyCode) {
		AgencyRef agency = requireView(user, agencyCode);
		return require(canEditReturns(user, agency) ? agency : null);
	}

	/**
	 * @throws AccessDeniedException (403) unless the user may approve the agency's
	 * returns
	 */
	public AgencyRef requireReview(PortalUser user, String agencyCode) {
		AgencyRef agency = requireView(user, agencyCode);
		return require(canReview(user, agency) ? agency : null);
	}

	/**
	 * @throws AccessDeniedException (403) unless the user may set the agency's targets
	 */
	public AgencyRef requireSetTarget(PortalUser user, String agencyCode) {
		AgencyRef agency = requireView(user, agencyCode);
		return require(canSetTarget(user, agency) ? agency : null);
	}

	/**
	 * An agency outside the scope and an unknown code both answer 403, so that nobody can
	 * probe for codes beyond their own subtree; only an administrator sees 404.
	 */
	private AgencyRef canViewCode(PortalUser user, String agencyCode) {
		Optional<AgencyRef> agency = this.directory.findByCode(agencyCode);
		if (agency.isEmpty() && user.hasRole(Role.ADMIN)) {
			throw new vn.thads.portal.shared.NotFoundException("No agency " + agencyCode);
		}
		return agency.filter((found) -> canView(user, found)).orElse(null);
	}

	private static AgencyRef require(AgencyRef agency) {
		if (agency == null) {
			throw new AccessDeniedException("Outside the user's agency scope");
		}
		return agency;
	}

}
