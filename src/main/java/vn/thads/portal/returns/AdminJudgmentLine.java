package vn.thads.portal.returns;

/**
 * The lines of the administrative judgments followed (theo dõi thi hành án hành chính,
 * THAHC, issue 14 item 4, docs/domain.md §7): carried over from last year, received in
 * the year, their total, those completed and those outstanding; cumulative from the start
 * of the statistical year, the carried-over line fixed within it like the main forms'.
 */
public enum AdminJudgmentLine implements CompanionLine<AdminJudgmentLine> {

	/**
	 * Bản án, quyết định năm trước chuyển sang (optional: thads.returns.unused-lines).
	 */
	CARRIED_OVER("carriedOver"),

	/** Bản án, quyết định nhận mới trong năm. */
	RECEIVED("received"),

	/** Tổng số phải theo dõi = (1) + (2). */
	TOTAL("total"),

	/** Đã thi hành xong: a part of {@link #TOTAL}. */
	COMPLETED("completed"),

	/** Còn phải theo dõi = (3) − (4). */
	OUTSTANDING("outstanding");

	private final String code;

	AdminJudgmentLine(String code) {
		this.code = code;
	}

	@Override
	public CompanionForm form() {
		return CompanionForm.ADMIN_JUDGMENTS;
	}

	@Override
	public String code() {
		return this.code;
	}

	@Override
	public AdminJudgmentLine carriedFrom() {
		return (this == CARRIED_OVER) ? OUTSTANDING : null;
	}

	@Override
	public AdminJudgmentLine partOf() {
		return (this == COMPLETED) ? TOTAL : null;
	}

	@Override
	public Formula<AdminJudgmentLine> formula() {
		return switch (this) {
			case TOTAL -> Formula.sum(CARRIED_OVER, RECEIVED);
			case OUTSTANDING -> Formula.sum(TOTAL).minus(COMPLETED);
			default -> null;
		};
	}

}
