package vn.thads.portal.returns;

/**
 * Both forms of one return: by cases and by money.
 *
 * @param cases tính bằng việc ({@code reduced} is always 0)
 * @param money tính bằng tiền, in thousand đồng
 */
public record ReturnFigures(Figures cases, Figures money) {

	public static final ReturnFigures ZERO = new ReturnFigures(Figures.ZERO, Figures.ZERO);

	public Figures of(Form form) {
		return (form == Form.CASES) ? this.cases : this.money;
	}

	/** Form by form sum: an agency's figures plus another's (predecessors). */
	public ReturnFigures plus(ReturnFigures other) {
		return new ReturnFigures(this.cases.plus(other.cases), this.money.plus(other.money));
	}

}
