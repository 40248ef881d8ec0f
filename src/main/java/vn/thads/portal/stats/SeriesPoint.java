package vn.thads.portal.stats;

import vn.thads.portal.period.ReportingPeriod;

/**
 * One month of a series: the cumulative sums at the end of that month.
 *
 * @param counted how many counted returns were summed (0: no data for that month)
 */
public record SeriesPoint(ReportingPeriod period, FormTotals cases, FormTotals money, int counted) {

}
