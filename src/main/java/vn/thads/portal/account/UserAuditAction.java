package vn.thads.portal.account;

/** What an event of the accounts' audit records (as {@code user_audit.action}). */
public enum UserAuditAction {

	/** A users' file was imported: the event of the file, with its counts. */
	IMPORTED,

	/** An account was created by an import. */
	CREATED,

	/** An account was updated by an import. */
	UPDATED,

	/** An account was moved from a closed agency to its successor. */
	MOVED,

	/** Too many failed sign-ins locked a username for one address, or a whole address. */
	LOCKED,

	/** An administrator lifted such a lock. */
	UNLOCKED

}
