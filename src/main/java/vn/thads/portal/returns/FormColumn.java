package vn.thads.portal.returns;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The columns of the two statistical forms (domain.md §3) in their printed order; column
 * numbers run (1), (2), … in this order. Entered columns are typed by officers; derived
 * ones are computed by {@link Figures#derive()}. The legend only describes the formula
 * for printing, it computes nothing.
 */
public enum FormColumn {

	CARRIED_OVER("carriedOver", "A", Kind.ENTERED, null),

	NEWLY_ACCEPTED("newlyAccepted", "B", Kind.ENTERED, null),

	TOTAL_ACCEPTED("totalAccepted", "C", Kind.DERIVED, "(3) = (1) + (2)"),

	ENTRUSTED("entrusted", "D", Kind.ENTERED, null),

	WITHDRAWN("withdrawn", "E", Kind.ENTERED, null),

	MUST_ENFORCE("mustEnforce", "F", Kind.DERIVED, "(6) = (3) - (4) - (5)"),

	WITH_CONDITIONS("withConditions", "G", Kind.DERIVED, "(7) = (8) + ... + (14)"),

	COMPLETED("completed", "G1", Kind.ENTERED, null),

	TERMINATED("terminated", "G2", Kind.ENTERED, null),

	/** Money form only: on the cases form it is always 0. */
	REDUCED("reduced", "G3", Kind.ENTERED, null),

	IN_PROGRESS("inProgress", "G4", Kind.ENTERED, null),

	POSTPONED("postponed", "G5", Kind.ENTERED, null),

	SUSPENDED("suspended", "G6", Kind.ENTERED, null),

	OTHER("other", "G7", Kind.ENTERED, null),

	WITHOUT_CONDITIONS("withoutConditions", "H", Kind.ENTERED, null),

	RESOLVED("resolved", "X", Kind.DERIVED, "(16) = (8) + (9) + (10)"),

	CARRIED_TO_NEXT("carriedToNext", "K", Kind.DERIVED, "(17) = (6) - (16)"),

	ENFORCEABLE_CARRIED("enforceableCarried", "K1", Kind.DERIVED, "(18) = (7) - (16)"),

	COMPLETION_RATE("completionRate", "R", Kind.RATE, "(19) = (16) / (7) x 100"),

	CONDITIONS_SHARE("conditionsShare", "G/F", Kind.RATE, "(20) = (7) / (6) x 100");

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

	private final String code;

	private final String letter;

	private final Kind kind;

	private final String legend;

	FormColumn(String code, String letter, Kind kind, String legend) {
		this.code = code;
		this.letter = letter;
		this.kind = kind;
		this.legend = legend;
	}

	/** The name used in the API, forms and message keys ({@code carriedOver}). */
	public String code() {
		return this.code;
	}

	/** The letter of domain.md ({@code A}, {@code G1}, {@code K1}). */
	public String letter() {
		return this.letter;
	}

	/** The printed column number, (1) to (20). */
	public int number() {
		return ordinal() + 1;
	}

	public Kind kind() {
		return this.kind;
	}

	public boolean isEntered() {
		return this.kind == Kind.ENTERED;
	}

	public boolean isRate() {
		return this.kind == Kind.RATE;
	}

	/** Only on the money form. */
	public boolean isMoneyOnly() {
		return this == REDUCED;
	}

	/** How a derived column is computed, for printed legends; null for entered ones. */
	public String legend() {
		return this.legend;
	}

	/** Message key of the Vietnamese/English label: {@code form.column.carriedOver}. */
	public String labelKey() {
		return "form.column." + this.code;
	}

	public static Optional<FormColumn> byCode(String code) {
		return Arrays.stream(values()).filter((c) -> c.code.equals(code)).findFirst();
	}

}
