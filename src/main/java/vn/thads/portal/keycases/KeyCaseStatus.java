package vn.thads.portal.keycases;

/**
 * Where a key case stands: still being enforced, completed (thi hành xong), or ended
 * otherwise (đình chỉ, trả đơn…). A closed case has a closing day.
 */
public enum KeyCaseStatus {

	OPEN, COMPLETED, TERMINATED;

	public boolean isClosed() {
		return this != OPEN;
	}

}
