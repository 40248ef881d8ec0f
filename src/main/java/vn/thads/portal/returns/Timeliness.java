package vn.thads.portal.returns;

/** Where a return stands against its deadline (domain.md §2). */
public enum Timeliness {

	/** The agency did not exist in the period: it reports nothing. */
	NOT_EXPECTED,

	/** The period has not ended: nothing to report yet. */
	NOT_ENDED,

	/** Not submitted, and the due day has not passed. */
	NOT_DUE,

	/** First submitted before the end of the due day. */
	ON_TIME,

	/** First submitted after the due day. */
	LATE,

	/** Not submitted, and the due day has passed: late as well. */
	OVERDUE;

	public boolean isLate() {
		return this == LATE || this == OVERDUE;
	}

}
