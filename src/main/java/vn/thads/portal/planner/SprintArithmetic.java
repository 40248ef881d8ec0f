package vn.thads.portal.planner;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import vn.thads.portal.period.ReportingPeriod;
import vn.thads.portal.shared.Percent;

/**
 * The sprint planner's formulas (domain.md §10), pure functions of the engine's figures:
 * months left, still needed per month, pace, the year-end projection and its range, at
 * risk. Nothing else in the planner computes; still needed itself is the engine's.
 */
public final class SprintArithmetic {

	/** The precision of projected amounts and growths: 16 significant digits. */
	private static final MathContext EXACT = MathContext.DECIMAL64;

	private SprintArithmetic() {
	}

	/** Months of the statistical year after the period: 11 in October, 0 in September. */
	public static int monthsLeft(ReportingPeriod period) {
		return 12 - period.months();
	}

	/**
	 * ⌈needed / monthsLeft⌉: resolving this much every remaining month reaches the
	 * target; null without a target (needed null) or when no month is left.
	 */
	public static Long perMonth(Long needed, int monthsLeft) {
		if (needed == null || monthsLeft <= 0) {
			return null;
		}
		return -Math.floorDiv(-needed, (long) monthsLeft);
	}

	/**
	 * Still needed spread over the remaining months so that they add up to it exactly:
	 * with q = ⌊needed / monthsLeft⌋ and r its remainder, the first r months q + 1 (=
	 * {@link #perMonth}), the others q. Empty without a target or when no month is left.
	 */
	public static List<Long> schedule(Long needed, int monthsLeft) {
		if (needed == null || monthsLeft <= 0) {
			return List.of();
		}
		long q = needed / monthsLeft;
		long r = needed % monthsLeft;
		List<Long> months = new ArrayList<>(monthsLeft);
		for (int i = 0; i < monthsLeft; i++) {
			months.add((i < r) ? q + 1 : q);
		}
		return List.copyOf(months);
	}

	/** Resolved per month over {@code months} months, half-up to a whole number. */
	public static long pace(long resolved, int months) {
		return BigDecimal.valueOf(resolved)
			.divide(BigDecimal.valueOf(months), 0, RoundingMode.HALF_UP)
			.longValueExact();
	}

	/**
	 * The past years' pace in the same months as this year so far ({@code months}) and in
	 * the rest of their year.
	 */
	public static List<PastPace> pastPaces(List<PastYear> years, int months) {
		int left = 12 - months;
		List<PastPace> paces = new ArrayList<>();
		for (PastYear year : years) {
			Long same = year.sameMonth().reported() ? pace(year.sameMonth().resolved(), months) : null;
			Long rest = (left > 0 && year.sameMonth().reported() && year.yearEnd().reported())
					? pace(year.yearEnd().resolved() - year.sameMonth().resolved(), left) : null;
			paces.add(new PastPace(year.statYear(), same, rest));
		}
		return List.copyOf(paces);
	}

	/**
	 * The year-end projection of one form (domain.md §10). A past year k is a pattern for
	 * the months left: in them it resolved Xₖ(12) − Xₖ(m) and its enforceable total grew
	 * from Gₖ(m) to Gₖ(12). Scaled to today's caseload (s = G / Gₖ(m)) and to this year's
	 * pace relative to that year (p = R / Rₖ(m), the rate now over its rate then, counted
	 * in proportion to the part of the year observed: p' = 1 + (p − 1) × m / 12), year k
	 * says the year ends at X + (Xₖ(12) − Xₖ(m)) × s × p' over Gₖ(12) × s. The central
	 * projection is the mean of the usable years' ends, the range spans them. Without a
	 * usable year this year's pace continues month for month (X × 12 / m, G as it is);
	 * with no month left the projection is the rate as it is. X never exceeds G.
	 * @param now where the form stands at the end of the period
	 * @param months months of the year so far (1–12)
	 * @return null when the period has no figures
	 */
	public static Projection project(Standing now, List<PastYear> years, int months) {
		if (!now.reported()) {
			return null;
		}
		BigDecimal x = BigDecimal.valueOf(now.resolved());
		BigDecimal g = BigDecimal.valueOf(now.enforceable());
		List<PastYear> usable = years.stream().filter(SprintArithmetic::usable).toList();
		if (months >= 12 || g.signum() == 0) {
			Outcome asItIs = new Outcome(x, g);
			return new Projection(asItIs, asItIs, asItIs, List.of(),
					(months >= 12) ? Projection.Method.FINAL : Projection.Method.PACE);
		}
		if (usable.isEmpty()) {
			Outcome pace = capped(x.multiply(BigDecimal.valueOf(12)).divide(BigDecimal.valueOf(months), EXACT), g);
			return new Projection(pace, pace, pace, List.of(), Projection.Method.PACE);
		}
		BigDecimal observed = BigDecimal.valueOf(months).divide(BigDecimal.valueOf(12), EXACT);
		Outcome total = Outcome.ZERO;
		List<Outcome> outcomes = new ArrayList<>();
		for (PastYear year : usable) {
			BigDecimal xm = BigDecimal.valueOf(year.sameMonth().resolved());
			BigDecimal gm = BigDecimal.valueOf(year.sameMonth().enforceable());
			BigDecimal caseload = g.divide(gm, EXACT);
			BigDecimal pace = x.multiply(gm).divide(g.multiply(xm), EXACT);
			BigDecimal weighted = BigDecimal.ONE.add(pace.subtract(BigDecimal.ONE).multiply(observed, EXACT));
			BigDecimal rest = BigDecimal.valueOf(year.yearEnd().resolved() - year.sameMonth().resolved())
				.multiply(caseload, EXACT)
				.multiply(weighted, EXACT);
			Outcome outcome = capped(x.add(rest).max(BigDecimal.ZERO),
					BigDecimal.valueOf(year.yearEnd().enforceable()).multiply(caseload, EXACT));
			outcomes.add(outcome);
			total = total.plus(outcome);
		}
		BigDecimal n = BigDecimal.valueOf(usable.size());
		Outcome central = new Outcome(total.resolved().divide(n, EXACT), total.enforceable().divide(n, EXACT));
		outcomes.add(central);
		Comparator<Outcome> byRate = Comparator.comparing(Outcome::rate);
		return new Projection(central, outcomes.stream().min(byRate).orElseThrow(),
				outcomes.stream().max(byRate).orElseThrow(), usable.stream().map(PastYear::statYear).toList(),
				Projection.Method.PATTERN);
	}

	/**
	 * One form of a planner row: the engine's rate, target and still needed, and from
	 * them and the monthly figures the planner's own values.
	 * @param projection the form's projection, {@link #project} of its own figures or,
	 * for an agency planned through its units, the sum of theirs
	 */
	public static FormPlan formPlan(BigDecimal rate, BigDecimal target, Long needed, Standing now, List<PastYear> years,
			int months, Projection projection) {
		return new FormPlan(rate, target, needed, perMonth(needed, 12 - months), schedule(needed, 12 - months),
				pace(now.resolved(), months), pastPaces(years, months), projection, atRisk(projection, target));
	}

	/**
	 * At risk: the projected rate is below the target. Without a target or a projected
	 * rate nothing is at risk.
	 */
	public static boolean atRisk(Projection projection, BigDecimal target) {
		return target != null && projection != null && projection.rate() != null
				&& projection.rate().compareTo(target) < 0;
	}

	/**
	 * A year is usable when both its months were reported, with something resolved in the
	 * same month and something enforceable at both.
	 */
	private static boolean usable(PastYear year) {
		Standing same = year.sameMonth();
		Standing end = year.yearEnd();
		return same.reported() && end.reported() && same.resolved() > 0 && same.enforceable() > 0
				&& end.enforceable() > 0;
	}

	/**
	 * How much of the money still needed a unit's open key cases could cover: their
	 * amount still to collect, capped at the money still needed (all of it could not
	 * count twice); nothing without a target (needed null). Its share of the money still
	 * needed is a rate like every other (half-up to 2 decimals).
	 */
	public static KeyCaseCover cover(int openCases, long outstanding, Long moneyNeeded) {
		long coverable = (moneyNeeded == null) ? 0 : Math.min(moneyNeeded, outstanding);
		BigDecimal share = (moneyNeeded == null || moneyNeeded == 0) ? null : Percent.of(coverable, moneyNeeded);
		return new KeyCaseCover(openCases, outstanding, coverable, share);
	}

	/** X never exceeds G: a year cannot end above 100 %. */
	private static Outcome capped(BigDecimal resolved, BigDecimal enforceable) {
		return new Outcome(resolved.min(enforceable), enforceable);
	}

}
