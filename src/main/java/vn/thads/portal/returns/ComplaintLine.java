package vn.thads.portal.returns;

/**
 * The lines of the complaints and denunciations form (khiếu nại, tố cáo, issue 14 item 3,
 * docs/domain.md §7): for each, the petitions received, those under the agency's
 * competence, those resolved, and those still to resolve; cumulative from the start of
 * the statistical year.
 */
public enum ComplaintLine implements CompanionLine<ComplaintLine> {

	/** Đơn khiếu nại nhận được. */
	COMPLAINTS_RECEIVED("complaintsReceived"),

	/** Đơn khiếu nại thuộc thẩm quyền: a part of {@link #COMPLAINTS_RECEIVED}. */
	COMPLAINTS_COMPETENT("complaintsCompetent"),

	/** Đơn khiếu nại đã giải quyết: a part of {@link #COMPLAINTS_COMPETENT}. */
	COMPLAINTS_RESOLVED("complaintsResolved"),

	/** Đơn khiếu nại còn phải giải quyết = (2) − (3). */
	COMPLAINTS_OUTSTANDING("complaintsOutstanding"),

	/** Đơn tố cáo nhận được. */
	DENUNCIATIONS_RECEIVED("denunciationsReceived"),

	/** Đơn tố cáo thuộc thẩm quyền: a part of {@link #DENUNCIATIONS_RECEIVED}. */
	DENUNCIATIONS_COMPETENT("denunciationsCompetent"),

	/** Đơn tố cáo đã giải quyết: a part of {@link #DENUNCIATIONS_COMPETENT}. */
	DENUNCIATIONS_RESOLVED("denunciationsResolved"),

	/** Đơn tố cáo còn phải giải quyết = (6) − (7). */
	DENUNCIATIONS_OUTSTANDING("denunciationsOutstanding");

	private final String code;

	ComplaintLine(String code) {
		this.code = code;
	}

	@Override
	public CompanionForm form() {
		return CompanionForm.COMPLAINTS;
	}

	@Override
	public String code() {
		return this.code;
	}

	@Override
	public ComplaintLine partOf() {
		return switch (this) {
			case COMPLAINTS_COMPETENT -> COMPLAINTS_RECEIVED;
			case COMPLAINTS_RESOLVED -> COMPLAINTS_COMPETENT;
			case DENUNCIATIONS_COMPETENT -> DENUNCIATIONS_RECEIVED;
			case DENUNCIATIONS_RESOLVED -> DENUNCIATIONS_COMPETENT;
			default -> null;
		};
	}

	@Override
	public Formula<ComplaintLine> formula() {
		return switch (this) {
			case COMPLAINTS_OUTSTANDING -> Formula.sum(COMPLAINTS_COMPETENT).minus(COMPLAINTS_RESOLVED);
			case DENUNCIATIONS_OUTSTANDING -> Formula.sum(DENUNCIATIONS_COMPETENT).minus(DENUNCIATIONS_RESOLVED);
			default -> null;
		};
	}

}
