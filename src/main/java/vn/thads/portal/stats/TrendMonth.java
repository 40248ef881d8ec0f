package vn.thads.portal.stats;

import java.math.BigDecimal;

import vn.thads.portal.period.ReportingPeriod;
import vn.thads.portal.target.TargetRates;

/**
 * One month of a {@link Trend}: the cumulative completion rates at its end (from
 * {@code Figures.derive()} of the month's sums), those of the same month last year, and
 * the progress target of the month. A rate is null when the month has no counted returns
 * or nothing enforceable.
 *
 * @param progressTarget target × months / 12 for this month; null without a target
 */
public record TrendMonth(ReportingPeriod period, BigDecimal casesRate, BigDecimal moneyRate,
		BigDecimal lastYearCasesRate, BigDecimal lastYearMoneyRate, TargetRates progressTarget) {

}
