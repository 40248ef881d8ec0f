/**
 * User accounts: sign-in (an account of a closed agency is refused like a wrong
 * password), the administration of users (create, disable, reset password, import from a
 * spreadsheet, move the users of a closed agency to its successor, with their audit) and
 * each user's own password.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts",
		allowedDependencies = { "agency", "period", "security", "database", "web", "shared" })
package vn.thads.portal.account;
