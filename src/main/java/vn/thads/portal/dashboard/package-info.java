/**
 * Leadership dashboards (issue 5): for an agency and a period, where it stands against
 * its targets, which units are behind, how much must still be done, the trend through the
 * year and who has not reported; the units table as CSV and Excel. Read-only and
 * arithmetic-free: every figure comes from the statistics engine; this module only
 * chooses, orders, classifies (above or below target) and shapes it for the page.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dashboards",
		allowedDependencies = { "stats", "target", "returns", "agency", "period", "security", "web", "shared" })
package vn.thads.portal.dashboard;
