package vn.thads.portal.stats;

import java.util.List;

import vn.thads.portal.period.ReportingPeriod;

/**
 * The months of a statistical year up to {@code period}, and all twelve months of the
 * year before (summed like the same period last year), for charts of the rate by month.
 */
public record MonthlySeries(ReportingPeriod period, List<SeriesPoint> thisYear, List<SeriesPoint> lastYear) {

}
