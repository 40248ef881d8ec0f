package vn.thads.portal.returns;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import vn.thads.portal.shared.Percent;
import vn.thads.portal.web.Formats;

/**
 * How a computed line of a form is obtained from the others, as data: a signed sum
 * ({@code (6) = (3) - (4) - (5)}), the sum of a run of lines ({@code (7) = (8) + ... +
 * (14)}) or a rate ({@code (19) = (16) / (7) x 100}). The printed legends and the
 * spreadsheet formulas are generated from it, so inserting a line renumbers both;
 * {@link Figures#derive()} computes the same values (a property test holds them equal).
 *
 * @param <L> the lines of the form
 */
public sealed interface Formula<L extends FormLine<L>> permits Formula.Amount, Formula.Rate {

	/**
	 * What a rate without value shows in a spreadsheet: "—", as in the printed report and
	 * on every page ({@link Formats#NONE}).
	 */
	String NONE = Formats.NONE;

	/** {@code first + others…}. */
	@SafeVarargs
	static <L extends FormLine<L>> Sum<L> sum(L first, L... others) {
		Sum<L> sum = new Sum<>(List.of(new Term<>(true, first)));
		for (L other : others) {
			sum = sum.plus(other);
		}
		return sum;
	}

	/** {@code first + … + last}: every line between the two in form order. */
	static <L extends Enum<L> & FormLine<L>> Run<L> run(L first, L last) {
		return new Run<>(List.copyOf(EnumSet.range(first, last)));
	}

	/** {@code numerator / denominator × 100}, half-up to 2 decimals ({@link Percent}). */
	static <L extends FormLine<L>> Rate<L> rate(L numerator, L denominator) {
		return new Rate<>(numerator, denominator);
	}

	/** The lines this formula reads, in the order they appear in it. */
	List<L> operands();

	/** The printed legend of line {@code number}: {@code (3) = (1) + (2)}. */
	String legend(int number);

	/**
	 * The spreadsheet formula, without "=": {@code D5+D6}, or for a rate
	 * {@code IF(D11=0,"—",ROUND(D20*100/D11,2))} — like {@link Percent#of}, a zero
	 * denominator has no value and is shown "—" as in the printed report. {@code cellOf}
	 * gives the cell of each operand; a null cell (a line absent from that form, such as
	 * G3 on the cases form) counts as 0 in a sum.
	 */
	String spreadsheet(Function<L, String> cellOf);

	/** A signed line of a sum. */
	record Term<L extends FormLine<L>>(boolean plus, L line) {

		public Term {
			Objects.requireNonNull(line);
		}

	}

	/** An amount: a sum of lines, each added or subtracted. */
	sealed interface Amount<L extends FormLine<L>> extends Formula<L> permits Sum, Run {

		List<Term<L>> terms();

		/** The value, given the value of every operand. */
		default long evaluate(ToLongFunction<L> valueOf) {
			long value = 0;
			for (Term<L> term : terms()) {
				long operand = valueOf.applyAsLong(term.line());
				value = term.plus() ? value + operand : value - operand;
			}
			return value;
		}

		@Override
		default List<L> operands() {
			return terms().stream().map(Term::line).toList();
		}

		@Override
		default String spreadsheet(Function<L, String> cellOf) {
			StringBuilder formula = new StringBuilder();
			for (Term<L> term : terms()) {
				String cell = cellOf.apply(term.line());
				if (cell != null) {
					formula.append(term.plus() ? (formula.isEmpty() ? "" : "+") : "-").append(cell);
				}
			}
			return formula.isEmpty() ? "0" : formula.toString();
		}

	}

	/** {@code (6) = (3) - (4) - (5)}. */
	record Sum<L extends FormLine<L>>(List<Term<L>> terms) implements Amount<L> {

		public Sum {
			terms = List.copyOf(terms);
		}

		public Sum<L> plus(L line) {
			return with(new Term<>(true, line));
		}

		public Sum<L> minus(L line) {
			return with(new Term<>(false, line));
		}

		private Sum<L> with(Term<L> term) {
			List<Term<L>> terms = new ArrayList<>(this.terms);
			terms.add(term);
			return new Sum<>(terms);
		}

		@Override
		public String legend(int number) {
			StringBuilder legend = new StringBuilder(FormLine.numbered(number)).append(" =");
			for (int i = 0; i < this.terms.size(); i++) {
				Term<L> term = this.terms.get(i);
				legend.append((i == 0 && term.plus()) ? " " : term.plus() ? " + " : " - ")
					.append(FormLine.numbered(term.line().number()));
			}
			return legend.toString();
		}

	}

	/** {@code (7) = (8) + ... + (14)}: a run of consecutive lines, all added. */
	record Run<L extends FormLine<L>>(List<L> lines) implements Amount<L> {

		public Run {
			lines = List.copyOf(lines);
			if (lines.size() < 3) {
				throw new IllegalArgumentException("A run is three lines or more: " + lines);
			}
		}

		@Override
		public List<Term<L>> terms() {
			return this.lines.stream().map((line) -> new Term<>(true, line)).toList();
		}

		@Override
		public String legend(int number) {
			return FormLine.numbered(number) + " = " + FormLine.numbered(this.lines.get(0).number()) + " + ... + "
					+ FormLine.numbered(this.lines.get(this.lines.size() - 1).number());
		}

	}

	/** {@code (19) = (16) / (7) x 100}. */
	record Rate<L extends FormLine<L>>(L numerator, L denominator) implements Formula<L> {

		public Rate {
			Objects.requireNonNull(numerator);
			Objects.requireNonNull(denominator);
		}

		/** The rate, or null when the denominator is 0 ({@link Percent#of}). */
		public BigDecimal evaluate(ToLongFunction<L> valueOf) {
			return Percent.of(valueOf.applyAsLong(this.numerator), valueOf.applyAsLong(this.denominator));
		}

		@Override
		public List<L> operands() {
			return List.of(this.numerator, this.denominator);
		}

		@Override
		public String legend(int number) {
			return FormLine.numbered(number) + " = " + FormLine.numbered(this.numerator.number()) + " / "
					+ FormLine.numbered(this.denominator.number()) + " x 100";
		}

		@Override
		public String spreadsheet(Function<L, String> cellOf) {
			String numerator = cellOf.apply(this.numerator);
			String denominator = cellOf.apply(this.denominator);
			return "IF(%s=0,\"%s\",ROUND(%s*100/%s,%d))".formatted(denominator, NONE, numerator, denominator,
					Percent.SCALE);
		}

	}

}
