package vn.thads.portal.security;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user. Carries the agency by id and code only: its place in the tree is
 * looked up afresh by the scope service, so a moved agency never leaves a stale scope in
 * a session.
 */
public final class PortalUser implements UserDetails, CredentialsContainer, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long id;

	private final String username;

	private final String displayName;

	private final Role role;

	private final long agencyId;

	private final String agencyCode;

	private final String agencyName;

	private final boolean enabled;

	private String passwordHash;

	public PortalUser(long id, String username, String displayName, Role role, long agencyId, String agencyCode,
			String agencyName, boolean enabled, String passwordHash) {
		this.id = id;
		this.username = username;
		this.displayName = displayName;
		this.role = role;
		this.agencyId = agencyId;
		this.agencyCode = agencyCode;
		this.agencyName = agencyName;
		this.enabled = enabled;
		this.passwordHash = passwordHash;
	}

	public long getId() {
		return this.id;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public Role getRole() {
		return this.role;
	}

	public boolean hasRole(Role role) {
		return this.role == role;
	}

	public long getAgencyId() {
		return this.agencyId;
	}

	public String getAgencyCode() {
		return this.agencyCode;
	}

	public String getAgencyName() {
		return this.agencyName;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(this.role.authority()));
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof PortalUser that && that.id == this.id;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(this.id);
	}

	@Override
	public String toString() {
		return this.username + " (" + this.role + ", " + this.agencyCode + ")";
	}

}
