/**
 * Monthly returns (báo cáo thống kê hằng tháng): the two official forms by cases and by
 * money, the derived rows ({@link vn.thads.portal.returns.Figures#derive()}, the only
 * place those formulas live), validation, the submit/approve workflow and its audit.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Monthly returns",
		allowedDependencies = { "agency", "period", "security", "web", "shared" })
package vn.thads.portal.returns;
