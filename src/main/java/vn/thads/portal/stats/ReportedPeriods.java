package vn.thads.portal.stats;

import vn.thads.portal.period.ReportingPeriod;

/**
 * The first and the latest period for which a subtree has submitted or approved returns:
 * the range a period selector offers, and where pages open (domain.md §2).
 */
public record ReportedPeriods(ReportingPeriod first, ReportingPeriod latest) {

}
