package vn.thads.portal.planner;

import java.math.BigDecimal;
import java.util.List;

/**
 * One form (cases or money) of a planner row.
 *
 * @param rate the completion rate now (from the engine); null when nothing is enforceable
 * @param target the year's target; null without one
 * @param needed still needed to reach the target, the engine's gap; null without a target
 * @param perMonth needed per remaining month, rounded up; null without a target or when
 * no month is left
 * @param schedule needed month by month over the remaining months, adding up to it
 * @param pace resolved per month so far this year
 * @param past the pace of the last three years, latest first
 * @param projection the year-end rate if the unit keeps its pace; null without figures
 * @param atRisk the projection is below the target
 */
public record FormPlan(BigDecimal rate, BigDecimal target, Long needed, Long perMonth, List<Long> schedule, long pace,
		List<PastPace> past, Projection projection, boolean atRisk) {

	/** The projected rate, or null. */
	public BigDecimal projectedRate() {
		return (this.projection != null) ? this.projection.rate() : null;
	}

	/** Projected rate − target, points; null when either is missing. */
	public BigDecimal projectedMargin() {
		BigDecimal projected = projectedRate();
		return (projected != null && this.target != null) ? projected.subtract(this.target) : null;
	}

}
