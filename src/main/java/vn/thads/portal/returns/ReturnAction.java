package vn.thads.portal.returns;

/** What happened to a return, as its history records it (domain.md §5). */
public enum ReturnAction {

	/** First saved, with its figures. */
	CREATED,

	/** Figures changed. */
	SAVED,

	/** Submitted by the officer, with an explanation when warned. */
	SUBMITTED,

	/** Approved by a leader. */
	APPROVED,

	/** Sent back by a leader with a comment. */
	RETURNED,

	/** An approved return opened again by a leader, with a reason. */
	REOPENED

}
