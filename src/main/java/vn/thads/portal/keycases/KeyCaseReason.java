package vn.thads.portal.keycases;

/**
 * Why leadership follows a case (issue 15): its value is over the threshold, it was
 * accepted more than the set number of years ago, it belongs to a followed category (bank
 * credit; corruption and economic asset recovery), or a leader flagged it.
 */
public enum KeyCaseReason {

	LARGE_VALUE, LONG_RUNNING, CATEGORY, FLAGGED

}
