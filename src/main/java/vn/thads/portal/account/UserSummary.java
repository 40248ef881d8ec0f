package vn.thads.portal.account;

import java.time.Instant;

import vn.thads.portal.security.Role;

/**
 * A user as the administration pages list it.
 *
 * @param enabled the administrator's switch
 * @param agencyClosed the user's agency has closed (domain.md §1a): the account is
 * refused at sign-in whatever its switch, until it is moved to a successor agency
 */
public record UserSummary(long id, String username, String displayName, Role role, String agencyCode, String agencyName,
		String email, boolean enabled, boolean agencyClosed, Instant createdAt, long version) {

	/** Whether this account may sign in today. */
	public boolean active() {
		return this.enabled && !this.agencyClosed;
	}

}
