package vn.thads.portal.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.period.ReportingPeriod;
import vn.thads.portal.returns.Derived;
import vn.thads.portal.returns.Figures;
import vn.thads.portal.shared.Percent;
import vn.thads.portal.target.TargetRates;

/**
 * The engine's formulas (domain.md §4), pure functions of sums the queries read: progress
 * target, gap, still needed, change on last year, the month's flow. Derived rows come
 * from {@link Figures#derive()} and every rounding from {@link Percent}; nothing else in
 * the portal computes these figures.
 */
final class StatsArithmetic {

	/**
	 * Hundredths of a percent × months, over 12 months, as {@link Percent#of} reads it.
	 */
	private static final long PROGRESS_DENOMINATOR = 12 * 100 * 100;

	private StatsArithmetic() {
	}

	/**
	 * Builds an agency's stats from its sums.
	 * @param previousMonth the sums one month earlier; null in the first month of the
	 * year
	 * @param lastYear the sums of the same period last year
	 * @param target the agency's targets for the year; null without
	 */
	static AgencyStats assemble(Slot slot, Basis basis, Totals current, Totals previousMonth, Totals lastYear,
			TargetRates target) {
		ReportingPeriod period = slot.period();
		FormTotals cases = FormTotals.of(current.cases());
		FormTotals money = FormTotals.of(current.money());
		UnitCounts units = units(current.expected(), current.submitted(), current.approved(), current.late());
		TargetRates progress = null;
		Gap gap = null;
		if (target != null) {
			progress = new TargetRates(progressTarget(target.casesRate(), period.months()),
					progressTarget(target.moneyRate(), period.months()));
			gap = new Gap(Percent.points(cases.derived().completionRate(), target.casesRate()),
					Percent.points(money.derived().completionRate(), target.moneyRate()),
					stillNeeded(target.casesRate(), cases.derived()), stillNeeded(target.moneyRate(), money.derived()),
					Percent.points(cases.derived().completionRate(), progress.casesRate()),
					Percent.points(money.derived().completionRate(), progress.moneyRate()));
		}
		PreviousYear previousYear = null;
		Change change = null;
		if (lastYear.hasData()) {
			previousYear = new PreviousYear(period.samePeriodLastYear(), FormTotals.of(lastYear.cases()),
					FormTotals.of(lastYear.money()));
			change = change(cases.derived(), money.derived(), previousYear);
		}
		return new AgencyStats(slot.root(), slot.ownReturnOnly(), period, basis, units, cases, money, target, progress,
				gap, previousYear, change, flow(period, current, previousMonth));
	}

	/**
	 * Target × months / 12, half-up to 2 decimals (domain.md §4), before any gap is taken
	 * from it. A target has two decimals, so it is a whole number of hundredths: the
	 * division is done once, exactly, by {@link Percent#of}.
	 */
	static BigDecimal progressTarget(BigDecimal target, int months) {
		long hundredths = target.movePointRight(2).longValueExact();
		return Percent.of(hundredths * months, PROGRESS_DENOMINATOR);
	}

	/**
	 * What must still be resolved to reach the target with today's enforceable total:
	 * max(0, ⌈target / 100 × G − X⌉), in exact decimal arithmetic.
	 */
	static long stillNeeded(BigDecimal target, Derived derived) {
		BigDecimal missing = Percent.share(target, derived.withConditions())
			.subtract(BigDecimal.valueOf(derived.resolved()));
		return Math.max(0, missing.setScale(0, RoundingMode.CEILING).longValueExact());
	}

	static Change change(Derived cases, Derived money, PreviousYear before) {
		Derived casesBefore = before.cases().derived();
		Derived moneyBefore = before.money().derived();
		return new Change(Percent.change(cases.resolved(), casesBefore.resolved()),
				Percent.change(money.resolved(), moneyBefore.resolved()),
				Percent.points(cases.completionRate(), casesBefore.completionRate()),
				Percent.points(money.completionRate(), moneyBefore.completionRate()),
				Percent.change(cases.mustEnforce(), casesBefore.mustEnforce()),
				Percent.change(money.mustEnforce(), moneyBefore.mustEnforce()),
				Percent.change(cases.withConditions(), casesBefore.withConditions()),
				Percent.change(money.withConditions(), moneyBefore.withConditions()));
	}

	/** Cumulative(M) − cumulative(M−1); the first month of the year is its own flow. */
	static MonthFlow flow(ReportingPeriod period, Totals current, Totals previousMonth) {
		Figures cases = (previousMonth != null) ? current.cases().minus(previousMonth.cases()) : current.cases();
		Figures money = (previousMonth != null) ? current.money().minus(previousMonth.money()) : current.money();
		return new MonthFlow(period, cases, money, cases.derive().resolved(), money.derive().resolved());
	}

	/**
	 * The twelve months of the series' statistical year with their rates, last year's and
	 * the progress target of each month; months after the period have no rate yet.
	 */
	static Trend trend(AgencyRef agency, MonthlySeries series, Basis basis, TargetRates target) {
		List<TrendMonth> months = new ArrayList<>();
		for (int i = 0; i < series.lastYear().size(); i++) {
			SeriesPoint before = series.lastYear().get(i);
			SeriesPoint now = (i < series.thisYear().size()) ? series.thisYear().get(i) : null;
			ReportingPeriod month = before.period().plusMonths(12);
			TargetRates progress = (target != null)
					? new TargetRates(progressTarget(target.casesRate(), month.months()),
							progressTarget(target.moneyRate(), month.months()))
					: null;
			months.add(new TrendMonth(month, rate(now, SeriesPoint::cases), rate(now, SeriesPoint::money),
					rate(before, SeriesPoint::cases), rate(before, SeriesPoint::money), progress));
		}
		return new Trend(agency, series.period(), basis, target, List.copyOf(months));
	}

	/**
	 * A point's completion rate by one form; null for a month without counted returns.
	 */
	private static BigDecimal rate(SeriesPoint point, Function<SeriesPoint, FormTotals> form) {
		return (point != null && point.counted() > 0) ? form.apply(point).derived().completionRate() : null;
	}

	/** Completeness from the expected units' states. */
	static UnitCounts counts(List<UnitState> units) {
		int submitted = (int) units.stream().filter(UnitState::submitted).count();
		int approved = (int) units.stream().filter(UnitState::approved).count();
		int late = (int) units.stream().filter(UnitState::late).count();
		return units(units.size(), submitted, approved, late);
	}

	/** Missing = expected − submitted: no return, a draft or a returned one. */
	static UnitCounts units(int expected, int submitted, int approved, int late) {
		return new UnitCounts(expected, submitted, approved, expected - submitted, late);
	}

}
