/**
 * The monthly meeting pack (giao ban, issue 15, domain.md §12): for an agency and a
 * month, one printed document — the headline against the year's target and the progress
 * target, the units behind with what each still needs per month (the sprint planner), the
 * key cases with their last instructions and what happened since (the key-case register),
 * and the conclusions of the meeting, entered after it by the agency's leaders and shown
 * again, with what became of them, in the next month's pack. A reader over the statistics
 * engine, the planner and the register; it stores only the conclusions.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Meeting pack", allowedDependencies = { "planner",
		"keycases", "stats", "target", "report::document", "agency", "period", "security", "web", "shared" })
package vn.thads.portal.meeting;
