package vn.thads.portal.returns;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.function.ToLongFunction;

/**
 * A line (column) of a statistical form, numbered (1), (2), … in printed order, either
 * entered by an officer or computed by its {@link Formula}. A form is an enum of lines
 * ({@link FormColumn} for the two main forms): its order gives the numbers, the formulas
 * give the legends, the codes give the API fields, message keys and SQL column names.
 *
 * @param <L> the enum of the form's lines
 */
public interface FormLine<L extends FormLine<L>> {

	/** The name used in the API, forms and message keys ({@code carriedOver}). */
	String code();

	/** The line's place in its enum, from 0 (implemented by every enum). */
	int ordinal();

	/** The printed number, from 1, in form order: the order of the enum. */
	default int number() {
		return ordinal() + 1;
	}

	/** How the line is computed, or null when it is entered. */
	Formula<L> formula();

	default boolean isEntered() {
		return formula() == null;
	}

	default boolean isRate() {
		return formula() instanceof Formula.Rate;
	}

	/**
	 * How a computed line is computed, for printing ({@code (3) = (1) + (2)}); null when
	 * entered.
	 */
	default String legend() {
		return isEntered() ? null : formula().legend(number());
	}

	/**
	 * The line's heading under its label in a printed table: its legend when computed,
	 * else its number ({@code (7)}).
	 */
	default String heading() {
		return isEntered() ? numbered(number()) : legend();
	}

	/**
	 * The SQL name of the line: its code in snake case ({@code carriedOver} →
	 * {@code carried_over}); a table of several forms prefixes it
	 * ({@link FormColumn#sqlName(Form)}).
	 */
	default String sqlName() {
		return snakeCase(code());
	}

	/**
	 * The value of an amount line: entered ones from {@code entered}, computed ones by
	 * their formulas (recursively).
	 */
	static <L extends FormLine<L>> long amount(L line, ToLongFunction<L> entered) {
		if (line.isEntered()) {
			return entered.applyAsLong(line);
		}
		if (line.formula() instanceof Formula.Amount<L> amount) {
			return amount.evaluate((operand) -> amount(operand, entered));
		}
		throw new IllegalArgumentException(line.code() + " is a rate, not an amount");
	}

	/** The value of a rate line, null without a denominator ({@link Formula.Rate}). */
	static <L extends FormLine<L>> BigDecimal rate(L line, ToLongFunction<L> entered) {
		if (line.formula() instanceof Formula.Rate<L> rate) {
			return rate.evaluate((operand) -> amount(operand, entered));
		}
		throw new IllegalArgumentException(line.code() + " is not a rate");
	}

	/** {@code (7)}. */
	static String numbered(int number) {
		return "(" + number + ")";
	}

	/** {@code carriedOver} → {@code carried_over}. */
	static String snakeCase(String code) {
		StringBuilder name = new StringBuilder(code.length() + 4);
		for (char c : code.toCharArray()) {
			if (Character.isUpperCase(c)) {
				name.append('_');
			}
			name.append(c);
		}
		return name.toString().toLowerCase(Locale.ROOT);
	}

}
