/**
 * The statistics engine (domain.md §2–§5): for an agency's subtree and a period, the sums
 * of the counted returns, every derived value, rate, target, progress target, gap, what
 * is still needed, the same period last year and the changes, the month's own flow, and
 * reporting completeness. {@link vn.thads.portal.stats.StatsEngine} is the only place
 * those figures are computed; dashboards and reports read its records.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Statistics engine",
		allowedDependencies = { "returns", "target", "agency", "period", "security", "web", "shared" })
package vn.thads.portal.stats;
