package vn.thads.portal.target;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

import vn.thads.portal.shared.FieldProblem;

/**
 * What a target rate may be (domain.md §4): a percentage from 0 to 100 with at most two
 * decimals. Typed text is read in Vietnamese ("81,50") or international ("81.50") style;
 * a value with more decimals is refused, never silently rounded.
 */
final class TargetRules {

	static final BigDecimal MAX = BigDecimal.valueOf(100);

	/**
	 * Beyond this many decimals a rate is refused without stripping its zeros (a JSON
	 * number can carry any exponent).
	 */
	private static final int MAX_SCALE = 20;

	/** Whole part, then an optional decimal comma or point and digits. */
	private static final Pattern NUMBER = Pattern.compile("\\d{1,10}([.,]\\d{1,10})?");

	/** Statistical years the portal can hold targets for. */
	static final int FIRST_YEAR = 2000;

	static final int LAST_YEAR = 2100;

	private TargetRules() {
	}

	/** Reads typed text; a problem on {@code field} and null when it is not a rate. */
	static BigDecimal parse(String text, String field, List<FieldProblem> problems) {
		if (text == null || text.isBlank()) {
			problems.add(FieldProblem.of(field, "target.rate.required"));
			return null;
		}
		String value = text.strip();
		if (!NUMBER.matcher(value).matches()) {
			problems.add(FieldProblem.of(field, "target.rate.notNumber", value));
			return null;
		}
		return check(new BigDecimal(value.replace(',', '.')), value, field, problems);
	}

	/**
	 * Checks a rate; a problem naming the value as typed and null when it is outside
	 * 0–100 or has more than two decimals, else the rate with exactly two decimals. The
	 * range is checked first, on the number as it came ({@code 1e999999999} is compared,
	 * never written out in full).
	 */
	static BigDecimal check(BigDecimal rate, String typed, String field, List<FieldProblem> problems) {
		if (rate == null) {
			problems.add(FieldProblem.of(field, "target.rate.required"));
			return null;
		}
		if (rate.signum() < 0 || rate.compareTo(MAX) > 0) {
			problems.add(FieldProblem.of(field, "target.rate.range", typed));
			return null;
		}
		if (rate.scale() > MAX_SCALE || rate.stripTrailingZeros().scale() > 2) {
			problems.add(FieldProblem.of(field, "target.rate.decimals", typed));
			return null;
		}
		return rate.setScale(2);
	}

	/**
	 * A rate as a message may show it: plain when short, else in scientific notation
	 * ({@code 1E-999999999}): a plain form of such a number would take a gigabyte.
	 */
	static String shown(BigDecimal rate) {
		if (rate == null) {
			return null;
		}
		boolean small = Math.abs(rate.scale()) <= MAX_SCALE && rate.precision() <= MAX_SCALE;
		return small ? rate.toPlainString() : rate.toString();
	}

	static void checkYear(int statYear, List<FieldProblem> problems) {
		if (statYear < FIRST_YEAR || statYear > LAST_YEAR) {
			problems.add(FieldProblem.of("statYear", "target.statYear.invalid", String.valueOf(statYear)));
		}
	}

}
