package vn.thads.portal.returns;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The derived rows reproduce the published forms (fixtures KG22, N17) to the digit. */
class FiguresTests {

	/** KG22 cases, the completed form of the published figures. */
	static final Figures KG22_CASES = new Figures(7_776, 12_576, 0, 0, 5_705, 12_056, 174, 0, 2_417, 0, 0, 0);

	/**
	 * KG22 money: A + B = 3 478 152 572 (any split), D = 73 086 304, G1 = X, G4 = 850 806
	 * 510.
	 */
	static final Figures KG22_MONEY = new Figures(1_000_000_000L, 2_478_152_572L, 73_086_304L, 0, 1_389_178_709L,
			1_165_081_049L, 0, 0, 850_806_510L, 0, 0, 0);

	@Test
	void kienGiang2022ByCases() {
		Derived d = KG22_CASES.derive();
		assertThat(d.totalAccepted()).isEqualTo(20_352);
		assertThat(d.mustEnforce()).isEqualTo(20_352);
		assertThat(d.withConditions()).isEqualTo(14_647);
		assertThat(d.resolved()).isEqualTo(12_230);
		assertThat(d.carriedToNext()).isEqualTo(8_122);
		assertThat(d.enforceableCarried()).isEqualTo(2_417);
		assertThat(d.completionRate()).isEqualByComparingTo("83.50");
		assertThat(d.conditionsShare()).isEqualByComparingTo("71.97");
	}

	@Test
	void kienGiang2022ByMoney() {
		Derived d = KG22_MONEY.derive();
		assertThat(d.totalAccepted()).isEqualTo(3_478_152_572L);
		assertThat(d.mustEnforce()).isEqualTo(3_405_066_268L);
		assertThat(d.withConditions()).isEqualTo(2_015_887_559L);
		assertThat(d.resolved()).isEqualTo(1_165_081_049L);
		assertThat(d.carriedToNext()).isEqualTo(2_239_985_219L);
		assertThat(d.enforceableCarried()).isEqualTo(850_806_510L);
		assertThat(d.completionRate()).isEqualByComparingTo("57.79");
		assertThat(d.conditionsShare()).isEqualByComparingTo("59.20");
	}

	@Test
	void national9Months2017ByCases() {
		// A 290 524, B 446 223, D + E 8 520, G 579 413 (X 369 372 + 210 041 in progress),
		// H 148 814
		Figures n17 = new Figures(290_524, 446_223, 8_520, 0, 148_814, 369_372, 0, 0, 210_041, 0, 0, 0);
		Derived d = n17.derive();
		assertThat(d.totalAccepted()).isEqualTo(736_747);
		assertThat(d.mustEnforce()).isEqualTo(728_227);
		assertThat(d.withConditions()).isEqualTo(579_413);
		assertThat(d.completionRate()).isEqualByComparingTo("63.75");
		assertThat(d.carriedToNext()).isEqualTo(358_855);
		assertThat(d.enforceableCarried()).isEqualTo(210_041);
		assertThat(d.conditionsShare()).isEqualByComparingTo("79.56");
	}

	@Test
	void ratesOfAnEmptyFormHaveNoValue() {
		Derived d = Figures.ZERO.derive();
		assertThat(d.completionRate()).isNull();
		assertThat(d.conditionsShare()).isNull();
		assertThat(d.carriedToNext()).isZero();
	}

	@Test
	void everyEnteredColumnCountsInTheRightRows() {
		for (FormColumn column : FormColumn.ENTERED) {
			Derived d = Figures.ZERO.with(column, 1).derive();
			boolean enforceable = column.letter().startsWith("G");
			assertThat(d.withConditions()).as("G from %s", column).isEqualTo(enforceable ? 1 : 0);
			boolean resolved = column == FormColumn.COMPLETED || column == FormColumn.TERMINATED
					|| column == FormColumn.REDUCED;
			assertThat(d.resolved()).as("X from %s", column).isEqualTo(resolved ? 1 : 0);
		}
		assertThat(Figures.ZERO.with(FormColumn.ENTRUSTED, 1).derive().mustEnforce()).isEqualTo(-1);
		assertThat(Figures.ZERO.with(FormColumn.WITHDRAWN, 1).derive().mustEnforce()).isEqualTo(-1);
	}

	@Test
	void sumsAndMonthlyFlows() {
		Figures doubled = KG22_CASES.plus(KG22_CASES);
		assertThat(doubled.completed()).isEqualTo(24_112);
		assertThat(doubled.minus(KG22_CASES)).isEqualTo(KG22_CASES);
		assertThat(Figures.of(KG22_CASES.asMap())).isEqualTo(KG22_CASES);
	}

	@Test
	void formColumnsAreNumberedInPrintedOrder() {
		assertThat(FormColumn.CARRIED_OVER.number()).isEqualTo(1);
		assertThat(FormColumn.TOTAL_ACCEPTED.number()).isEqualTo(3);
		assertThat(FormColumn.WITH_CONDITIONS.number()).isEqualTo(7);
		assertThat(FormColumn.RESOLVED.number()).isEqualTo(16);
		assertThat(FormColumn.CONDITIONS_SHARE.number()).isEqualTo(20);
		assertThat(FormColumn.ENTERED).hasSize(12);
		assertThat(Form.CASES.has(FormColumn.REDUCED)).isFalse();
	}

}
