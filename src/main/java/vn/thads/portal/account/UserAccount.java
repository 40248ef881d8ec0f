package vn.thads.portal.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import vn.thads.portal.security.Role;

/**
 * An account. Whatever changes whether it may sign in, its role or its agency marks it,
 * and {@link AccessChanges} and {@link AccountSessions} end its open sessions once that
 * change is committed: a session keeps the role and agency it was signed in with.
 */
@Entity
@EntityListeners(AccessChanges.class)
class UserAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private String username;

	@Column(nullable = false)
	private String displayName;

	@Column(nullable = false)
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Role role;

	@Column(nullable = false)
	private long agencyId;

	private String email;

	private boolean enabled = true;

	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	@Version
	private long version;

	@Transient
	private boolean accessChanged;

	protected UserAccount() {
	}

	UserAccount(String username, String displayName, String passwordHash, Role role, long agencyId, Instant createdAt) {
		this.username = username;
		this.createdAt = createdAt;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.role = role;
		this.agencyId = agencyId;
	}

	Long getId() {
		return this.id;
	}

	String getUsername() {
		return this.username;
	}

	String getDisplayName() {
		return this.displayName;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	Role getRole() {
		return this.role;
	}

	long getAgencyId() {
		return this.agencyId;
	}

	String getEmail() {
		return this.email;
	}

	boolean isEnabled() {
		return this.enabled;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	long getVersion() {
		return this.version;
	}

	void setEnabled(boolean enabled) {
		this.accessChanged |= this.enabled != enabled;
		this.enabled = enabled;
	}

	void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	void update(String displayName, Role role, long agencyId, String email) {
		this.accessChanged |= this.role != role || this.agencyId != agencyId;
		this.displayName = displayName;
		this.role = role;
		this.agencyId = agencyId;
		this.email = email;
	}

	/**
	 * Whether enabled, role or agency changed since it was loaded or last asked; asking
	 * clears it.
	 */
	boolean takeAccessChanged() {
		boolean changed = this.accessChanged;
		this.accessChanged = false;
		return changed;
	}

	/** To another agency (the successor of a closed one), enabled or not. */
	void moveTo(long agencyId, boolean enabled) {
		this.accessChanged |= this.agencyId != agencyId || this.enabled != enabled;
		this.agencyId = agencyId;
		this.enabled = enabled;
	}

}
