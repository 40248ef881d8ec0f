package vn.thads.portal.keycases;

import java.time.Instant;

/** One changed field of a case: who, when, from what to what. */
public record KeyCaseChange(Instant at, String by, String field, String oldValue, String newValue) {

	/**
	 * The message prefix that names a value of this field, or null when shown as stored.
	 */
	public String valueKeys() {
		return "status".equals(this.field) ? "keycase.status." : null;
	}

}
