package vn.thads.portal.account.web;

import vn.thads.portal.account.UserCommand;
import vn.thads.portal.account.UserSummary;
import vn.thads.portal.security.Role;

/** The user form of the administration pages; never the entity itself. */
public class UserForm {

	private String username;

	private String displayName;

	private Role role;

	private String agencyCode;

	private String password;

	private String email;

	private Long version;

	static UserForm of(UserSummary user) {
		UserForm form = new UserForm();
		form.username = user.username();
		form.displayName = user.displayName();
		form.role = user.role();
		form.agencyCode = user.agencyCode();
		form.email = user.email();
		form.version = user.version();
		return form;
	}

	UserCommand toCommand() {
		return new UserCommand(this.username, this.displayName, this.role, this.agencyCode, this.password, this.email,
				this.version);
	}

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public Role getRole() {
		return this.role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public String getAgencyCode() {
		return this.agencyCode;
	}

	public void setAgencyCode(String agencyCode) {
		this.agencyCode = agencyCode;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
