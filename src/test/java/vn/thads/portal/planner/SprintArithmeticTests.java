package vn.thads.portal.planner;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

import vn.thads.portal.period.ReportingPeriod;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The planner's arithmetic (domain.md §10) against computations written here
 * independently of it.
 */
class SprintArithmeticTests {

	@Test
	void monthsLeftInTheStatisticalYear() {
		assertThat(SprintArithmetic.monthsLeft(ReportingPeriod.of(2026, 10))).isEqualTo(11);
		assertThat(SprintArithmetic.monthsLeft(ReportingPeriod.of(2027, 3))).isEqualTo(6);
		assertThat(SprintArithmetic.monthsLeft(ReportingPeriod.of(2027, 8))).isEqualTo(1);
		assertThat(SprintArithmetic.monthsLeft(ReportingPeriod.of(2027, 9))).isZero();
	}

	@Test
	void perMonthIsRoundedUpAndNullWhenNoMonthIsLeft() {
		assertThat(SprintArithmetic.perMonth(100L, 11)).isEqualTo(10L);
		assertThat(SprintArithmetic.perMonth(110L, 11)).isEqualTo(10L);
		assertThat(SprintArithmetic.perMonth(111L, 11)).isEqualTo(11L);
		assertThat(SprintArithmetic.perMonth(0L, 3)).isZero();
		assertThat(SprintArithmetic.perMonth(5L, 0)).isNull();
		assertThat(SprintArithmetic.perMonth(null, 4)).isNull();
		assertThat(SprintArithmetic.schedule(5L, 0)).isEmpty();
		assertThat(SprintArithmetic.schedule(7L, 3)).containsExactly(3L, 2L, 2L);
	}

	/**
	 * Resolving the figure per month every remaining month reaches what is still needed,
	 * and one less a month would not.
	 */
	@Property
	void perMonthTimesTheMonthsLeftCoversTheStillNeeded(@ForAll @LongRange(max = 1_000_000_000_000L) long needed,
			@ForAll @IntRange(min = 1, max = 11) int monthsLeft) {
		long perMonth = SprintArithmetic.perMonth(needed, monthsLeft);
		BigDecimal exact = BigDecimal.valueOf(needed).divide(BigDecimal.valueOf(monthsLeft), 0, RoundingMode.CEILING);
		assertThat(perMonth).isEqualTo(exact.longValueExact());
		assertThat(perMonth * monthsLeft).isGreaterThanOrEqualTo(needed);
		if (needed > 0) {
			assertThat((perMonth - 1) * monthsLeft).isLessThan(needed);
		}
	}

	/** The month-by-month figures add up to the still needed, none above per month. */
	@Property
	void theScheduleAddsUpToTheStillNeeded(@ForAll @LongRange(max = 1_000_000_000_000L) long needed,
			@ForAll @IntRange(min = 1, max = 11) int monthsLeft) {
		List<Long> schedule = SprintArithmetic.schedule(needed, monthsLeft);
		long perMonth = SprintArithmetic.perMonth(needed, monthsLeft);
		assertThat(schedule).hasSize(monthsLeft);
		assertThat(schedule.stream().mapToLong(Long::longValue).sum()).isEqualTo(needed);
		assertThat(schedule).allMatch((month) -> month <= perMonth && month >= perMonth - 1);
		assertThat(schedule.get(0)).isEqualTo(perMonth);
	}

	/** With no month left the projection is the rate as it stands, range included. */
	@Property
	void inSeptemberTheProjectionIsTheRate(@ForAll("standings") Standing now, @ForAll("years") List<PastYear> years) {
		Projection projection = SprintArithmetic.project(now, years, 12);
		BigDecimal rate = (now.enforceable() == 0) ? null
				: BigDecimal.valueOf(now.resolved())
					.multiply(BigDecimal.valueOf(100))
					.divide(BigDecimal.valueOf(now.enforceable()), 2, RoundingMode.HALF_UP);
		assertThat(projection.rate()).isEqualTo(rate);
		assertThat(projection.lowRate()).isEqualTo(rate);
		assertThat(projection.highRate()).isEqualTo(rate);
		assertThat(projection.method()).isEqualTo(Projection.Method.FINAL);
	}

	/**
	 * The range holds the central projection, no projection passes 100 %, and each end of
	 * the range is one past year's pattern or the central one.
	 */
	@Property
	void theRangeHoldsTheCentralProjection(@ForAll("standings") Standing now, @ForAll("years") List<PastYear> years,
			@ForAll @IntRange(min = 1, max = 11) int months) {
		Projection projection = SprintArithmetic.project(now, years, months);
		if (projection.rate() == null) {
			assertThat(now.enforceable()).isZero();
			return;
		}
		assertThat(projection.lowRate()).isLessThanOrEqualTo(projection.rate());
		assertThat(projection.highRate()).isGreaterThanOrEqualTo(projection.rate());
		assertThat(projection.highRate()).isLessThanOrEqualTo(new BigDecimal("100.00"));
	}

	/**
	 * One usable past year, computed here in another arrangement: the months left resolve
	 * that year's rest scaled to today's caseload (G / Gₘ) for the part of the year not
	 * observed, and scaled to today's resolved (X / Xₘ) for the part observed; over that
	 * year's year-end G scaled to today's caseload; capped at 100.
	 */
	@Property
	void oneYearsPatternAppliedToToday(@ForAll("positiveStandings") Standing now,
			@ForAll("positiveStandings") Standing then, @ForAll("positiveStandings") Standing end,
			@ForAll @IntRange(min = 1, max = 11) int months) {
		Projection projection = SprintArithmetic.project(now, List.of(new PastYear(2026, then, end)), months);
		MathContext mc = MathContext.DECIMAL128;
		BigDecimal x = BigDecimal.valueOf(now.resolved());
		BigDecimal g = BigDecimal.valueOf(now.enforceable());
		BigDecimal rest = BigDecimal.valueOf(end.resolved() - then.resolved());
		BigDecimal unobserved = rest.multiply(g)
			.multiply(BigDecimal.valueOf(12 - months))
			.divide(BigDecimal.valueOf(then.enforceable()).multiply(BigDecimal.valueOf(12)), mc);
		BigDecimal observed = rest.multiply(x)
			.multiply(BigDecimal.valueOf(months))
			.divide(BigDecimal.valueOf(then.resolved()).multiply(BigDecimal.valueOf(12)), mc);
		BigDecimal resolved = x.add(unobserved).add(observed).max(BigDecimal.ZERO);
		BigDecimal enforceable = BigDecimal.valueOf(end.enforceable())
			.multiply(g)
			.divide(BigDecimal.valueOf(then.enforceable()), mc);
		BigDecimal expected = resolved.multiply(BigDecimal.valueOf(100))
			.divide(enforceable, mc)
			.min(BigDecimal.valueOf(100));
		assertThat(projection.method()).isEqualTo(Projection.Method.PATTERN);
		assertThat(projection.years()).containsExactly(2026);
		assertThat(projection.rate().subtract(expected).abs()).isLessThanOrEqualTo(new BigDecimal("0.01"));
		assertThat(projection.lowRate()).isEqualTo(projection.rate());
		assertThat(projection.highRate()).isEqualTo(projection.rate());
	}

	/** A unit exactly where a past year was ends where that year ended. */
	@Test
	void aYearLikeAPastYearEndsLikeIt() {
		Standing october = new Standing(800, 10_000, true);
		Standing september = new Standing(8_400, 10_500, true);
		Projection projection = SprintArithmetic.project(october, List.of(new PastYear(2026, october, september)), 1);
		assertThat(projection.rate()).isEqualByComparingTo("80.00");
	}

	/**
	 * Three years: the central projection applies the mean growths; the range runs from
	 * the slowest year to the fastest.
	 */
	@Test
	void threeYearsGiveARange() {
		Standing now = new Standing(1_000, 10_000, true);
		List<PastYear> years = List.of(
				new PastYear(2026, new Standing(100, 1_000, true), new Standing(800, 1_000, true)),
				new PastYear(2025, new Standing(100, 1_000, true), new Standing(900, 1_000, true)),
				new PastYear(2024, new Standing(100, 1_000, true), new Standing(700, 1_000, true)));
		Projection projection = SprintArithmetic.project(now, years, 1);
		assertThat(projection.rate()).isEqualByComparingTo("80.00");
		assertThat(projection.lowRate()).isEqualByComparingTo("70.00");
		assertThat(projection.highRate()).isEqualByComparingTo("90.00");
		assertThat(projection.years()).containsExactly(2026, 2025, 2024);
		assertThat(SprintArithmetic.atRisk(projection, new BigDecimal("84.00"))).isTrue();
		assertThat(SprintArithmetic.atRisk(projection, new BigDecimal("80.00"))).isFalse();
		assertThat(SprintArithmetic.atRisk(projection, null)).isFalse();
	}

	/** Without a usable past year, this year's pace continues: X × 12 / m, G as it is. */
	@Test
	void withoutPastYearsThePaceContinues() {
		Standing now = new Standing(300, 10_000, true);
		List<PastYear> none = List.of(new PastYear(2026, Standing.NONE, Standing.NONE));
		Projection projection = SprintArithmetic.project(now, none, 3);
		assertThat(projection.method()).isEqualTo(Projection.Method.PACE);
		assertThat(projection.rate()).isEqualByComparingTo("12.00");
		assertThat(SprintArithmetic.project(Standing.NONE, none, 3)).isNull();
	}

	@Test
	void paceIsPerMonthSoFar() {
		assertThat(SprintArithmetic.pace(1_000, 3)).isEqualTo(333);
		assertThat(SprintArithmetic.pace(1_001, 2)).isEqualTo(501);
		List<PastPace> paces = SprintArithmetic
			.pastPaces(List.of(new PastYear(2026, new Standing(300, 1_000, true), new Standing(900, 1_000, true)),
					new PastYear(2025, Standing.NONE, Standing.NONE)), 3);
		assertThat(paces).containsExactly(new PastPace(2026, 100L, 67L), new PastPace(2025, null, null));
	}

	/**
	 * The open key cases cover what they still have to collect, never more than the money
	 * still needed; nothing without a target.
	 */
	@Property
	void keyCasesCoverAtMostTheMoneyStillNeeded(@ForAll @LongRange(max = 1_000_000_000_000L) long outstanding,
			@ForAll @LongRange(max = 1_000_000_000_000L) long needed) {
		KeyCaseCover cover = SprintArithmetic.cover(3, outstanding, needed);
		assertThat(cover.coverable()).isEqualTo(Math.min(outstanding, needed));
		if (needed > 0) {
			assertThat(cover.share()).isEqualByComparingTo(BigDecimal.valueOf(cover.coverable())
				.multiply(BigDecimal.valueOf(100))
				.divide(BigDecimal.valueOf(needed), 2, RoundingMode.HALF_UP));
		}
		else {
			assertThat(cover.share()).isNull();
		}
	}

	@Test
	void withoutATargetKeyCasesCoverNothing() {
		KeyCaseCover cover = SprintArithmetic.cover(2, 500, null);
		assertThat(cover.coverable()).isZero();
		assertThat(cover.outstanding()).isEqualTo(500);
		assertThat(cover.share()).isNull();
	}

	@Provide
	Arbitrary<Standing> standings() {
		return Arbitraries.longs()
			.between(0, 1_000_000_000_000L)
			.flatMap((g) -> Arbitraries.longs().between(0, g).map((x) -> new Standing(x, g, true)));
	}

	@Provide
	Arbitrary<Standing> positiveStandings() {
		return Arbitraries.longs()
			.between(1, 1_000_000_000L)
			.flatMap((g) -> Arbitraries.longs().between(1, g).map((x) -> new Standing(x, g, true)));
	}

	@Provide
	Arbitrary<List<PastYear>> years() {
		Arbitrary<PastYear> year = Combinators
			.combine(Arbitraries.integers().between(2020, 2026), standings(), standings())
			.as(PastYear::new);
		return year.list().ofMaxSize(3);
	}

}
