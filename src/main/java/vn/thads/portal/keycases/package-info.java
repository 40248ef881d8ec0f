/**
 * The key-case register (sổ theo dõi vụ việc trọng điểm, issue 15, domain.md §11): the
 * individual cases leadership follows by name, the instructions given on them at the
 * monthly meetings with their follow-up, the history of every change, the audit of who
 * saw or exported the parties' names, and the erasure of those names a set time after a
 * case is closed. Other modules (the planner, the meeting pack) read it through
 * {@link vn.thads.portal.keycases.KeyCaseOverview#openCases} and
 * {@link vn.thads.portal.keycases.KeyCaseOverview#instructionsAt}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Key cases",
		allowedDependencies = { "agency", "returns", "security", "web", "shared" })
package vn.thads.portal.keycases;
