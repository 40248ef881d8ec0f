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

	/** Every agency the user may see, parents before children. */
	public List<AgencyRef> visible(PortalUser user) {
		return user.hasRole(Role.ADMIN) ? this.directory.all() : this.directory.subtree(home(user));
	}

	/**
	 * Every agency whose returns the user may approve, parents before children: the tree
	 * is read once, not once per agency (the review queue's badge is on every page).
	 */
	public List<AgencyRef> reviewable(PortalUser user) {
		AgencyRef home = home(user);
		List<AgencyRef> candidates = user.hasRole(Role.ADMIN) ? this.directory.all() : this.directory.subtree(home);
		return candidates.stream().filter((a) -> ScopeRules.canReview(user.getRole(), home, a)).toList();
	}

	public boolean canView(PortalUser user, AgencyRef agency) {
		return ScopeRules.canView(user.getRole(), home(user), agency);
	}

	public boolean canEditReturns(PortalUser user, AgencyRef agency) {
		return ScopeRules.canEditReturns(user.getRole(), home(user), agency);
	}

	public boolean canReview(PortalUser user, AgencyRef agency) {
		return ScopeRules.canReview(user.getRole(), home(user), agency);
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
