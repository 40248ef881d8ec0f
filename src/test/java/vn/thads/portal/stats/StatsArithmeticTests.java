package vn.thads.portal.stats;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import vn.thads.portal.period.ReportingPeriod;
import vn.thads.portal.returns.Figures;
import vn.thads.portal.returns.FormColumn;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thads.portal.stats.PublishedFiguresTests.enforceable;
import static vn.thads.portal.stats.PublishedFiguresTests.stats;
import static vn.thads.portal.stats.PublishedFiguresTests.target;
import static vn.thads.portal.stats.PublishedFiguresTests.totals;

/** Rounding at the boundary, zero denominators, still needed, the month's flow. */
class StatsArithmeticTests {

	@Test
	void progressTargetsRoundHalfUpAtTheThirdDecimalFive() {
		// 82,50 × 5 / 12 = 34,375 → 34,38; 40,10 × 3 / 12 = 10,025 → 10,03 (half-even
		// would give 10,02)
		assertThat(StatsArithmetic.progressTarget(new BigDecimal("82.50"), 5)).isEqualByComparingTo("34.38");
		assertThat(StatsArithmetic.progressTarget(new BigDecimal("40.10"), 3)).isEqualByComparingTo("10.03");
		// 81,50 / 12 = 6,7916… → 6,79; exactly two decimals always
		assertThat(StatsArithmetic.progressTarget(new BigDecimal("81.50"), 1).toPlainString()).isEqualTo("6.79");
		assertThat(StatsArithmetic.progressTarget(new BigDecimal("83.25"), 12)).isEqualByComparingTo("83.25");
	}

	@Test
	void ratesAndGapsRoundHalfUpAtTheThirdDecimalFive() {
		// 1/32 = 3,125 % → 3,13; target 3 → +0,13 points
		AgencyStats s = stats("2022-09", enforceable(1, 32), enforceable(3, 32), target("3", "9"));
		assertThat(s.cases().derived().completionRate()).isEqualByComparingTo("3.13");
		assertThat(s.money().derived().completionRate()).isEqualByComparingTo("9.38");
		assertThat(s.gap().casesPoints()).isEqualByComparingTo("0.13");
		assertThat(s.gap().moneyPoints()).isEqualByComparingTo("0.38");
	}

	@Test
	void stillNeededRoundsUpToWholeCasesAndIsNeverNegative() {
		// 50 % of 11 = 5,5 − 5 resolved → 1 more case; of 10 → none
		assertThat(stats("2022-09", enforceable(5, 11), Figures.ZERO, target("50", "50")).gap().casesNeeded())
			.isEqualTo(1);
		assertThat(stats("2022-09", enforceable(5, 10), Figures.ZERO, target("50", "50")).gap().casesNeeded()).isZero();
		assertThat(stats("2022-09", enforceable(9, 10), Figures.ZERO, target("50", "50")).gap().casesNeeded()).isZero();
	}

	@Test
	void zeroDenominatorsGiveNoValueNeverAnError() {
		AgencyStats empty = stats("2022-09", Figures.ZERO, Figures.ZERO, target("81.50", "40.10"));
		assertThat(empty.cases().derived().completionRate()).isNull();
		assertThat(empty.money().derived().conditionsShare()).isNull();
		assertThat(empty.gap().casesPoints()).isNull();
		assertThat(empty.gap().moneyProgressPoints()).isNull();
		assertThat(empty.gap().casesNeeded()).isZero();
		assertThat(empty.previousYear()).isNull();
		assertThat(empty.change()).isNull();
		// last year nothing resolved: no relative change, but the rate difference exists
		AgencyStats fromNothing = stats("2022-09", enforceable(5, 10), enforceable(5, 10), null,
				totals(enforceable(0, 10), Figures.ZERO));
		assertThat(fromNothing.change().casesResolvedPct()).isNull();
		assertThat(fromNothing.change().casesRatePoints()).isEqualByComparingTo("50.00");
		assertThat(fromNothing.change().moneyRatePoints()).isNull();
	}

	@Test
	void theMonthsFlowIsTheDifferenceOfTwoCumulativeMonths() {
		ReportingPeriod august = ReportingPeriod.of(2022, 8);
		Totals july = totals(enforceable(100, 400).with(FormColumn.NEWLY_ACCEPTED, 300), Figures.ZERO);
		Totals aug = totals(enforceable(130, 420).with(FormColumn.NEWLY_ACCEPTED, 340), Figures.ZERO);
		MonthFlow flow = StatsArithmetic.flow(august, aug, july);
		assertThat(flow.casesResolved()).isEqualTo(30);
		assertThat(flow.cases().newlyAccepted()).isEqualTo(40);
		// October, the first month of the year, is its own flow
		MonthFlow october = StatsArithmetic.flow(ReportingPeriod.of(2021, 10), aug, null);
		assertThat(october.casesResolved()).isEqualTo(130);
	}

	@Test
	void missingIsExpectedLessSubmitted() {
		UnitCounts counts = StatsArithmetic.units(16, 15, 12, 2);
		assertThat(counts.missing()).isEqualTo(1);
		assertThat(counts.late()).isEqualTo(2);
	}

}
