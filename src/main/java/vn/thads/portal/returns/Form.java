package vn.thads.portal.returns;

/** The two statistical forms of a return: by cases and by money (domain.md §3). */
public enum Form {

	/** Tính bằng việc; unit: việc. */
	CASES("cases"),

	/** Tính bằng tiền; unit: nghìn đồng. */
	MONEY("money");

	private final String code;

	Form(String code) {
		this.code = code;
	}

	/** {@code cases} or {@code money}: the JSON field and the form-field prefix. */
	public String code() {
		return this.code;
	}

	/**
	 * The field path of a column on this form, as in the API: {@code cases.completed}.
	 */
	public String field(FormColumn column) {
		return this.code + "." + column.code();
	}

	public boolean has(FormColumn column) {
		return this == MONEY || !column.isMoneyOnly();
	}

}
