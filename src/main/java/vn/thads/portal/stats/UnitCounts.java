package vn.thads.portal.stats;

/**
 * Reporting completeness of a subtree for a period (domain.md §5). Expected units are the
 * agencies active during the period's month (the central agency only when the setting
 * {@code thads.stats.central-files-return} says it files returns).
 *
 * @param submitted returns submitted or approved
 * @param approved returns approved
 * @param missing no return, a draft, or a returned one: {@code expected − submitted}
 * @param late first submitted after the end of the due day, or still not submitted once
 * it has passed
 */
public record UnitCounts(int expected, int submitted, int approved, int missing, int late) {

}
