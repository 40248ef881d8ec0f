package vn.thads.portal.account;

import java.time.Instant;

import vn.thads.portal.security.Role;

/** A user as the administration pages list it. */
public record UserSummary(long id, String username, String displayName, Role role, String agencyCode, String agencyName,
		boolean enabled, Instant createdAt, long version) {

}
