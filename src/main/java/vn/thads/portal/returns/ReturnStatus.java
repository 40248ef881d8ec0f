package vn.thads.portal.returns;

/** Workflow states of a return (domain.md §5). */
public enum ReturnStatus {

	/** Being entered; editable. */
	DRAFT,

	/** Sent to the leaders above; counted by the statistics; read-only. */
	SUBMITTED,

	/** Approved by a leader; counted; read-only until reopened. */
	APPROVED,

	/**
	 * Sent back with a comment (or reopened with a reason); editable, submitted again.
	 */
	RETURNED;

	public boolean isEditable() {
		return this == DRAFT || this == RETURNED;
	}

	/** Counted by the statistics engine on the default basis. */
	public boolean isCounted() {
		return this == SUBMITTED || this == APPROVED;
	}

}
