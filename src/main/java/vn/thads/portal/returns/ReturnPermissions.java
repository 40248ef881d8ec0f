package vn.thads.portal.returns;

/**
 * What the signed-in user may do with one return now, by role, scope and status.
 *
 * @param edit enter figures and submit (an officer of the agency; draft or returned)
 * @param approve approve it (a leader of the agency or above; submitted)
 * @param sendBack return it with a comment (the same leaders; submitted)
 * @param reopen reopen it with a reason (the same leaders; approved)
 */
public record ReturnPermissions(boolean edit, boolean approve, boolean sendBack, boolean reopen) {

	public static final ReturnPermissions NONE = new ReturnPermissions(false, false, false, false);

	public boolean review() {
		return this.approve || this.sendBack || this.reopen;
	}

}
