/**
 * What every page shares: the layout model, Vietnamese number and date formatting, the
 * language switch, and error handling that never shows a stack trace.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web infrastructure",
		type = org.springframework.modulith.ApplicationModule.Type.OPEN, allowedDependencies = "shared")
package vn.thads.portal.web;
