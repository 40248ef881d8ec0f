/**
 * Targets (chỉ tiêu, domain.md §4): per agency and statistical year, the completion rate
 * to reach by cases and by money, set one level down (a leader of the parent agency, or
 * an administrator), every change audited.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Targets",
		allowedDependencies = { "agency", "period", "security", "web", "shared" })
package vn.thads.portal.target;
