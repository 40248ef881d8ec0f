/**
 * The sprint planner ("nước rút", issue 15, domain.md §10): for an agency and a month,
 * what it and each of its units must still resolve to reach the year's target, per
 * remaining month; their pace this year and in the same months of the last three years; a
 * projection of the year-end rate with a range from those years' patterns; the units at
 * risk first. A read model over the statistics engine, like the dashboards: every sum
 * comes from {@code stats}, the planner's own formulas live in
 * {@link vn.thads.portal.planner.SprintArithmetic} alone.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sprint planner", allowedDependencies = { "stats",
		"target", "returns", "keycases", "report::document", "agency", "period", "security", "web", "shared" })
package vn.thads.portal.planner;
