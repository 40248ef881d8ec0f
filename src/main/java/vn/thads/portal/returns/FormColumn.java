package vn.thads.portal.returns;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The columns of the two statistical forms (domain.md §3) in their printed order; column
 * numbers run (1), (2), … in this order. Entered columns are typed by officers; computed
 * ones have a {@link Formula} ({@link #formulas()}), from which the printed legends and
 * spreadsheet formulas are generated; {@link Figures#derive()} computes the same values.
 * Inserting a column renumbers every legend.
 */
public enum FormColumn implements FormLine<FormColumn> {

	CARRIED_OVER("carriedOver", "A"),

	NEWLY_ACCEPTED("newlyAccepted", "B"),

	TOTAL_ACCEPTED("totalAccepted", "C"),

	ENTRUSTED("entrusted", "D"),

	WITHDRAWN("withdrawn", "E"),

	MUST_ENFORCE("mustEnforce", "F"),

	WITH_CONDITIONS("withConditions", "G"),

	COMPLETED("completed", "G1"),

	TERMINATED("terminated", "G2"),

	/** Money form only: on the cases form it is always 0. */
	REDUCED("reduced", "G3"),

	IN_PROGRESS("inProgress", "G4"),

	POSTPONED("postponed", "G5"),

	SUSPENDED("suspended", "G6"),

	OTHER("other", "G7"),

	WITHOUT_CONDITIONS("withoutConditions", "H"),

	RESOLVED("resolved", "X"),

	CARRIED_TO_NEXT("carriedToNext", "K"),

	ENFORCEABLE_CARRIED("enforceableCarried", "K1"),

	COMPLETION_RATE("completionRate", "R"),

	CONDITIONS_SHARE("conditionsShare", "G/F");

	/**
	 * The computed columns (domain.md §3): C = A + B; F = C − D − E; G = G1 + … + G7; X =
	 * G1 + G2 + G3; K = F − X; K1 = G − X; R = X / G × 100; G/F × 100. Declared after the
	 * columns because they refer to later ones.
	 */
	private static Map<FormColumn, Formula<FormColumn>> formulas() {
		Map<FormColumn, Formula<FormColumn>> formulas = new EnumMap<>(FormColumn.class);
		formulas.put(TOTAL_ACCEPTED, Formula.sum(CARRIED_OVER, NEWLY_ACCEPTED));
		formulas.put(MUST_ENFORCE, Formula.sum(TOTAL_ACCEPTED).minus(ENTRUSTED).minus(WITHDRAWN));
		formulas.put(WITH_CONDITIONS, Formula.run(COMPLETED, OTHER));
		formulas.put(RESOLVED, Formula.sum(COMPLETED, TERMINATED, REDUCED));
		formulas.put(CARRIED_TO_NEXT, Formula.sum(MUST_ENFORCE).minus(RESOLVED));
		formulas.put(ENFORCEABLE_CARRIED, Formula.sum(WITH_CONDITIONS).minus(RESOLVED));
		formulas.put(COMPLETION_RATE, Formula.rate(RESOLVED, WITH_CONDITIONS));
		formulas.put(CONDITIONS_SHARE, Formula.rate(WITH_CONDITIONS, MUST_ENFORCE));
		return formulas;
	}

	/** First: {@link #ENTERED} and {@link #COMPUTED} read it. */
	private static final Map<FormColumn, Formula<FormColumn>> FORMULAS = formulas();

	public enum Kind {

		/** Typed by an officer. */
		ENTERED,

		/** An amount computed from the entered ones. */
		DERIVED,

		/** A percentage computed from the entered ones. */
		RATE

	}

	/** The entered columns in form order: the fields of {@link Figures}. */
	public static final List<FormColumn> ENTERED = Arrays.stream(values()).filter(FormColumn::isEntered).toList();

	/** The computed columns in form order: the fields of {@link Derived}. */
	public static final List<FormColumn> COMPUTED = Arrays.stream(values()).filter((c) -> !c.isEntered()).toList();

	/**
	 * {@code cases_carried_over}, …, {@code money_without_conditions}: the columns of the
	 * entered figures in table {@code monthly_return}, form by form, in form order.
	 */
	public static final List<String> SQL_NAMES = Arrays.stream(Form.values())
		.flatMap((form) -> ENTERED.stream().map((column) -> column.sqlName(form)))
		.toList();

	private final String code;

	private final String letter;

	/**
	 * {@link #sqlName(Form)} by form ordinal, worked out once: it is read for every row.
	 */
	private final String[] sqlNames;

	FormColumn(String code, String letter) {
		this.code = code;
		this.letter = letter;
		this.sqlNames = Arrays.stream(Form.values())
			.map((form) -> form.code() + "_" + FormLine.snakeCase(code))
			.toArray(String[]::new);
	}

	/** The name used in the API, forms and message keys ({@code carriedOver}). */
	@Override
	public String code() {
		return this.code;
	}

	/** The letter of domain.md ({@code A}, {@code G1}, {@code K1}). */
	public String letter() {
		return this.letter;
	}

	/** How a computed column is computed; null for entered ones. */
	@Override
	public Formula<FormColumn> formula() {
		return FORMULAS.get(this);
	}

	public Kind kind() {
		return isEntered() ? Kind.ENTERED : isRate() ? Kind.RATE : Kind.DERIVED;
	}

	/** Only on the money form. */
	public boolean isMoneyOnly() {
		return this == REDUCED;
	}

	/**
	 * The spreadsheet formula of a computed column, without "=" ({@code D5+D6}), given
	 * the cell of each column ({@link Formula#spreadsheet}); null for entered ones.
	 */
	public String spreadsheetFormula(Function<FormColumn, String> cellOf) {
		return isEntered() ? null : formula().spreadsheet(cellOf);
	}

	/**
	 * The column of this figure in table {@code monthly_return}:
	 * {@code cases_carried_over}. The one place column names become SQL names (the JPA
	 * mapping of {@link Figures} gives the same, which a test checks).
	 */
	public String sqlName(Form form) {
		return this.sqlNames[form.ordinal()];
	}

	/** Message key of the Vietnamese/English label: {@code form.column.carriedOver}. */
	public String labelKey() {
		return "form.column." + this.code;
	}

	public static Optional<FormColumn> byCode(String code) {
		return Arrays.stream(values()).filter((c) -> c.code.equals(code)).findFirst();
	}

}
