package vn.thads.portal.stats;

import vn.thads.portal.period.ReportingPeriod;

/**
 * The same period last year (cùng kỳ): the same month of the previous statistical year,
 * summed over the same subtree, or over the agency's predecessors for a successor
 * (domain.md §1).
 */
public record PreviousYear(ReportingPeriod period, FormTotals cases, FormTotals money) {

}
