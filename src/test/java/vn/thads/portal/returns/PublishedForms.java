package vn.thads.portal.returns;

/**
 * Both forms of the published KG22 figures (fixtures), and the validation example built
 * from them, for the tests of every layer.
 */
public final class PublishedForms {

	/** Kiên Giang, year 2022: valid, R 83,50 (cases) and 57,79 (money). */
	public static final ReturnFigures KG22 = new ReturnFigures(FiguresTests.KG22_CASES, FiguresTests.KG22_MONEY);

	/** The validation example: F = 20 352, G = 14 647, H = 5 600, off by 105. */
	public static final ReturnFigures OFF_BY_105 = new ReturnFigures(
			FiguresTests.KG22_CASES.with(FormColumn.WITHOUT_CONDITIONS, 5_600), FiguresTests.KG22_MONEY);

	private PublishedForms() {
	}

}
