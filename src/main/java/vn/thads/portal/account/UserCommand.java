package vn.thads.portal.account;

import vn.thads.portal.security.Role;

/**
 * What an administrator asks for when creating or editing a user.
 *
 * @param password only when creating
 * @param email optional
 * @param version the version edited (null when creating)
 */
public record UserCommand(String username, String displayName, Role role, String agencyCode, String password,
		String email, Long version) {

	/** A user without an e-mail address. */
	public UserCommand(String username, String displayName, Role role, String agencyCode, String password,
			Long version) {
		this(username, displayName, role, agencyCode, password, null, version);
	}

}
