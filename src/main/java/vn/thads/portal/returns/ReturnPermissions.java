package vn.thads.portal.returns;

/**
 * What the signed-in user may do with one return now, by role, scope, status and, for a
 * closed agency, its deadline; decided in one place, {@code ReturnAccess}, for the pages
 * and the API.
 *
 * @param edit enter figures and submit (an officer of the agency or, for a closed agency,
 * of its primary successor; draft or returned; not a closed agency's after its deadline
 * unless an administrator reopened it)
 * @param approve approve it (a leader of the agency or above; submitted)
 * @param sendBack return it with a comment (the same leaders; submitted)
 * @param reopen reopen it with a reason (the same leaders, approved; for a closed agency
 * after its deadline only an administrator)
 */
public record ReturnPermissions(boolean edit, boolean approve, boolean sendBack, boolean reopen) {

	public static final ReturnPermissions NONE = new ReturnPermissions(false, false, false, false);

	public boolean review() {
		return this.approve || this.sendBack || this.reopen;
	}

}
