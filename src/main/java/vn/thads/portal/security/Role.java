package vn.thads.portal.security;

/** Roles of domain.md §6. */
public enum Role {

	/** Cán bộ thống kê: enters and submits the returns of their own agency. */
	OFFICER,

	/**
	 * Lãnh đạo: sees their subtree, approves returns below, sets targets one level down.
	 */
	LEADER,

	/** Quản trị hệ thống: agencies, users and targets everywhere. */
	ADMIN;

	public String authority() {
		return "ROLE_" + name();
	}

}
