/**
 * Small value types and exceptions every module may use: the one rounding rule
 * ({@link vn.thads.portal.shared.Percent}), field-level input problems, not-found.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel",
		type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.thads.portal.shared;
