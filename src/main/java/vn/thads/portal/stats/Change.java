package vn.thads.portal.stats;

import java.math.BigDecimal;

/**
 * Change on the same period last year (domain.md §4): amounts as a relative change in %
 * ("tăng 47,30 %"), rates as the difference in points of the two rates as shown. Each is
 * null when last year's value is 0 or a rate has no value.
 */
public record Change(BigDecimal casesResolvedPct, BigDecimal moneyResolvedPct, BigDecimal casesRatePoints,
		BigDecimal moneyRatePoints, BigDecimal casesMustEnforcePct, BigDecimal moneyMustEnforcePct,
		BigDecimal casesWithConditionsPct, BigDecimal moneyWithConditionsPct) {

}
