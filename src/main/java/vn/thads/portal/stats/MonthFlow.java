package vn.thads.portal.stats;

import vn.thads.portal.period.ReportingPeriod;
import vn.thads.portal.returns.Figures;

/**
 * What happened in the period's month alone: cumulative(M) − cumulative(M−1) of the
 * counted returns (domain.md §2); for the first month of the year, the month itself.
 *
 * @param casesResolved cases resolved (X) during the month
 * @param moneyResolved money resolved (X) during the month, thousand đồng
 */
public record MonthFlow(ReportingPeriod period, Figures cases, Figures money, long casesResolved, long moneyResolved) {

}
