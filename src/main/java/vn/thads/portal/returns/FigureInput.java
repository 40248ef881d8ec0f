package vn.thads.portal.returns;

import java.math.BigInteger;
import java.util.regex.Pattern;

import vn.thads.portal.shared.FieldProblem;

/**
 * Reads one figure as an officer types it (domain.md §3, rule 1): a whole number from 0
 * to 10^15. "." and spaces are thousands separators only between groups of exactly three
 * digits ({@code 12.345}, {@code 1 234 567}); anything else ({@code 1.5}, {@code 12,5},
 * {@code -3}, {@code 1e5}) is refused, never rounded. Blank is 0 on a page. The one place
 * where typed figures are parsed.
 */
public final class FigureInput {

	/** Message keys of the problems, named after what is wrong. */
	public static final String NOT_A_NUMBER = "figure.notANumber";

	public static final String DECIMAL = "figure.decimal";

	public static final String NEGATIVE = "figure.negative";

	public static final String TOO_LARGE = "figure.tooLarge";

	public static final String MISSING = "figure.missing";

	public static final String REDUCED_IN_CASES = "figure.reducedInCases";

	private static final Pattern PLAIN = Pattern.compile("\\d+");

	/** Thousands separated by "." or by spaces, the same one throughout. */
	private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(\\.\\d{3})+|\\d{1,3}( \\d{3})+");

	/** Looks like a number with a fractional part or misplaced separators. */
	private static final Pattern DECIMAL_LIKE = Pattern.compile("\\d+([., ]\\d+)+");

	private static final Pattern NEGATIVE_LIKE = Pattern.compile("[-−]\\s*\\d[\\d., ]*");

	private static final BigInteger MAX = BigInteger.valueOf(Figures.MAX);

	private FigureInput() {
	}

	/**
	 * The value of a typed figure, or the problem with it (then {@code value} is 0).
	 *
	 * @param value the figure
	 * @param problem message key of what is wrong, or null
	 */
	public record Parsed(long value, String problem) {

		public boolean ok() {
			return this.problem == null;
		}

		/** The problem on a form field, naming what was typed. */
		public FieldProblem on(String field, String typed) {
			return FieldProblem.of(field, this.problem, typed.strip());
		}

	}

	public static Parsed parse(String typed) {
		String text = (typed != null) ? normalizeSpaces(typed.strip()) : "";
		if (text.isEmpty()) {
			return new Parsed(0, null);
		}
		if (PLAIN.matcher(text).matches() || GROUPED.matcher(text).matches()) {
			return check(new BigInteger(text.replace(".", "").replace(" ", "")));
		}
		if (NEGATIVE_LIKE.matcher(text).matches()) {
			return new Parsed(0, NEGATIVE);
		}
		if (DECIMAL_LIKE.matcher(text).matches()) {
			return new Parsed(0, DECIMAL);
		}
		return new Parsed(0, NOT_A_NUMBER);
	}

	/** Range check of a whole number, however it arrived (typed or JSON). */
	public static Parsed check(BigInteger value) {
		if (value.signum() < 0) {
			return new Parsed(0, NEGATIVE);
		}
		if (value.compareTo(MAX) > 0) {
			return new Parsed(0, TOO_LARGE);
		}
		return new Parsed(value.longValueExact(), null);
	}

	/** No-break and thin spaces (pasted from documents) count as spaces; runs as one. */
	private static String normalizeSpaces(String text) {
		return text.replace('\u00A0', ' ').replace('\u202F', ' ').replace('\u2009', ' ').replaceAll(" {2,}", " ");
	}

}
