package vn.thads.portal.planner;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import vn.thads.portal.period.ReportingPeriod;

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
	 * The year-end projection of one form (domain.md §10). A past year's pattern is its
	 * growth from the same month to its year end, of X and of G: X₁₂ / Xₘ and G₁₂ / Gₘ.
	 * Applied to today's X and G it says where the year ends if the unit keeps its pace
	 * relative to that year. The central projection applies the mean of the usable years'
	 * growths, the range spans each year's own projection. Without a usable year, this
	 * year's pace continues month for month (X × 12 / m, G as it is). With no month left,
	 * the projection is the rate as it is. X never exceeds G.
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
		if (months >= 12) {
			Outcome final_ = new Outcome(x, g);
			return new Projection(final_, final_, final_, List.of(), Projection.Method.FINAL);
		}
		List<PastYear> usable = years.stream().filter(SprintArithmetic::usable).toList();
		if (usable.isEmpty()) {
			Outcome pace = capped(x.multiply(BigDecimal.valueOf(12)).divide(BigDecimal.valueOf(months), EXACT), g);
			return new Projection(pace, pace, pace, List.of(), Projection.Method.PACE);
		}
		BigDecimal sumX = BigDecimal.ZERO;
		BigDecimal sumG = BigDecimal.ZERO;
		List<Outcome> outcomes = new ArrayList<>();
		for (PastYear year : usable) {
			BigDecimal growthX = growth(year.yearEnd().resolved(), year.sameMonth().resolved());
			BigDecimal growthG = growth(year.yearEnd().enforceable(), year.sameMonth().enforceable());
			sumX = sumX.add(growthX);
			sumG = sumG.add(growthG);
			outcomes.add(capped(x.multiply(growthX, EXACT), g.multiply(growthG, EXACT)));
		}
		BigDecimal n = BigDecimal.valueOf(usable.size());
		Outcome central = capped(x.multiply(sumX.divide(n, EXACT), EXACT), g.multiply(sumG.divide(n, EXACT), EXACT));
		outcomes.add(central);
		Comparator<Outcome> byRate = Comparator.comparing(Outcome::rate,
				Comparator.nullsFirst(Comparator.naturalOrder()));
		Outcome low = outcomes.stream().min(byRate).orElseThrow();
		Outcome high = outcomes.stream().max(byRate).orElseThrow();
		return new Projection(central, low, high, usable.stream().map(PastYear::statYear).toList(),
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

	private static BigDecimal growth(long end, long same) {
		return BigDecimal.valueOf(end).divide(BigDecimal.valueOf(same), EXACT);
	}

	/** X never exceeds G: a year cannot end above 100 %. */
	private static Outcome capped(BigDecimal resolved, BigDecimal enforceable) {
		return new Outcome(resolved.min(enforceable), enforceable);
	}

}
