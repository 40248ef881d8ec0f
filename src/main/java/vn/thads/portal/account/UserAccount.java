package vn.thads.portal.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import vn.thads.portal.security.Role;

@Entity
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
		this.enabled = enabled;
	}

	void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	void update(String displayName, Role role, long agencyId, String email) {
		this.displayName = displayName;
		this.role = role;
		this.agencyId = agencyId;
		this.email = email;
	}

	/** To another agency (the successor of a closed one), enabled or not. */
	void moveTo(long agencyId, boolean enabled) {
		this.agencyId = agencyId;
		this.enabled = enabled;
	}

}
