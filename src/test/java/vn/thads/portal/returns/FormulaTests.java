package vn.thads.portal.returns;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The form definition: legends and spreadsheet formulas generated from the structured
 * formulas, and those formulas equal to {@link Figures#derive()} on any figures.
 */
class FormulaTests {

	/** Today's printed legends, to the character. */
	@Test
	void legendsAreThoseOfThePrintedForms() {
		Map<FormColumn, String> legends = new EnumMap<>(FormColumn.class);
		for (FormColumn column : FormColumn.values()) {
			if (column.legend() != null) {
				legends.put(column, column.legend());
			}
		}
		assertThat(legends).containsExactly(Map.entry(FormColumn.TOTAL_ACCEPTED, "(3) = (1) + (2)"),
				Map.entry(FormColumn.MUST_ENFORCE, "(6) = (3) - (4) - (5)"),
				Map.entry(FormColumn.WITH_CONDITIONS, "(7) = (8) + ... + (14)"),
				Map.entry(FormColumn.RESOLVED, "(16) = (8) + (9) + (10)"),
				Map.entry(FormColumn.CARRIED_TO_NEXT, "(17) = (6) - (16)"),
				Map.entry(FormColumn.ENFORCEABLE_CARRIED, "(18) = (7) - (16)"),
				Map.entry(FormColumn.COMPLETION_RATE, "(19) = (16) / (7) x 100"),
				Map.entry(FormColumn.CONDITIONS_SHARE, "(20) = (7) / (6) x 100"));
	}

	@Test
	void kindsFollowFromTheFormulas() {
		assertThat(FormColumn.ENTERED).hasSize(12).allMatch((c) -> c.kind() == FormColumn.Kind.ENTERED);
		assertThat(FormColumn.COMPUTED).containsExactly(FormColumn.TOTAL_ACCEPTED, FormColumn.MUST_ENFORCE,
				FormColumn.WITH_CONDITIONS, FormColumn.RESOLVED, FormColumn.CARRIED_TO_NEXT,
				FormColumn.ENFORCEABLE_CARRIED, FormColumn.COMPLETION_RATE, FormColumn.CONDITIONS_SHARE);
		assertThat(FormColumn.COMPLETION_RATE.kind()).isEqualTo(FormColumn.Kind.RATE);
		assertThat(FormColumn.CONDITIONS_SHARE.isRate()).isTrue();
		assertThat(FormColumn.RESOLVED.kind()).isEqualTo(FormColumn.Kind.DERIVED);
		assertThat(FormColumn.WITH_CONDITIONS.formula().operands()).containsExactly(FormColumn.COMPLETED,
				FormColumn.TERMINATED, FormColumn.REDUCED, FormColumn.IN_PROGRESS, FormColumn.POSTPONED,
				FormColumn.SUSPENDED, FormColumn.OTHER);
	}

	/** A workbook with the columns as rows from row 5: column (n) in cell D(n + 4). */
	@Test
	void spreadsheetFormulas() {
		Function<FormColumn, String> cellOf = (column) -> "D" + (column.number() + 4);
		assertThat(FormColumn.TOTAL_ACCEPTED.spreadsheetFormula(cellOf)).isEqualTo("D5+D6");
		assertThat(FormColumn.MUST_ENFORCE.spreadsheetFormula(cellOf)).isEqualTo("D7-D8-D9");
		assertThat(FormColumn.WITH_CONDITIONS.spreadsheetFormula(cellOf)).isEqualTo("D12+D13+D14+D15+D16+D17+D18");
		assertThat(FormColumn.CARRIED_TO_NEXT.spreadsheetFormula(cellOf)).isEqualTo("D10-D20");
		assertThat(FormColumn.COMPLETION_RATE.spreadsheetFormula(cellOf))
			.isEqualTo("IF(D11=0,\"—\",ROUND(D20*100/D11,2))");
		assertThat(FormColumn.CARRIED_OVER.spreadsheetFormula(cellOf)).isNull();
	}

	/**
	 * G3 does not exist on the cases form: a sheet without it leaves it out of the sums.
	 */
	@Test
	void aColumnMissingFromTheSheetCountsAsZero() {
		Function<FormColumn, String> cases = (column) -> Form.CASES.has(column) ? "B" + column.number() : null;
		assertThat(FormColumn.RESOLVED.spreadsheetFormula(cases)).isEqualTo("B8+B9");
		assertThat(Formula.sum(FormColumn.REDUCED).spreadsheet(cases)).isEqualTo("0");
	}

	/** The structured formulas and {@link Figures#derive()} cannot drift apart. */
	@Property(tries = 2000)
	void formulasComputeWhatDeriveComputes(@ForAll("figures") Figures figures) {
		Derived derived = figures.derive();
		for (FormColumn column : FormColumn.COMPUTED) {
			Object value = column.isRate() ? FormLine.rate(column, figures::get)
					: (Object) FormLine.amount(column, figures::get);
			assertThat(value).as("%s of %s", column, figures).isEqualTo(derived.get(column));
		}
	}

	/**
	 * Any figures up to the largest one may enter, negative too (the flow of a month can
	 * be), with zeros often enough for rates without a denominator.
	 */
	@Provide
	Arbitrary<Figures> figures() {
		Arbitrary<Long> figure = Arbitraries.oneOf(Arbitraries.just(0L), Arbitraries.longs().between(0, 50),
				Arbitraries.longs().between(-Figures.MAX, Figures.MAX));
		return figure.list().ofSize(FormColumn.ENTERED.size()).map((values) -> {
			Map<FormColumn, Long> entered = new EnumMap<>(FormColumn.class);
			for (int i = 0; i < values.size(); i++) {
				entered.put(FormColumn.ENTERED.get(i), values.get(i));
			}
			return Figures.of(entered);
		});
	}

	@Test
	void anEmptyFormHasNoRates() {
		assertThat(FormLine.rate(FormColumn.COMPLETION_RATE, Figures.ZERO::get)).isNull();
		assertThatThrownBy(() -> FormLine.amount(FormColumn.COMPLETION_RATE, Figures.ZERO::get))
			.isInstanceOf(IllegalArgumentException.class);
	}

	/** A form defined the same way: inserting a line renumbers every legend after it. */
	@Test
	void anotherFormReusesTheMachinery() {
		assertThat(Reception.OUTSTANDING.legend()).isEqualTo("(5) = (1) + (2) - (4)");
		assertThat(Reception.TOTAL.legend()).isEqualTo("(3) = (1) + (2)");
		assertThat(Reception.RESOLVED_RATE.legend()).isEqualTo("(6) = (4) / (3) x 100");
		Map<Reception, Long> entered = Map.of(Reception.CARRIED, 3L, Reception.RECEIVED, 5L, Reception.RESOLVED, 6L);
		assertThat(FormLine.amount(Reception.OUTSTANDING, entered::get)).isEqualTo(2);
		assertThat(FormLine.rate(Reception.RESOLVED_RATE, entered::get)).isEqualByComparingTo("75.00");
		assertThat(Reception.OUTSTANDING.sqlName()).isEqualTo("outstanding");
		assertThat(List.of(Reception.values()).stream().filter(FormLine::isEntered)).hasSize(3);
	}

	/** A made-up small form, not the complaints form of issue 14. */
	enum Reception implements FormLine<Reception> {

		CARRIED, RECEIVED, TOTAL, RESOLVED, OUTSTANDING, RESOLVED_RATE;

		@Override
		public String code() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

		@Override
		public int number() {
			return ordinal() + 1;
		}

		@Override
		public Formula<Reception> formula() {
			return switch (this) {
				case TOTAL -> Formula.sum(CARRIED, RECEIVED);
				case OUTSTANDING -> Formula.sum(CARRIED, RECEIVED).minus(RESOLVED);
				case RESOLVED_RATE -> Formula.rate(RESOLVED, TOTAL);
				default -> null;
			};
		}

	}

}
