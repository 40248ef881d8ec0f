/**
 * User accounts: sign-in, the administration of users (create, disable, reset password)
 * and each user's own password.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts",
		allowedDependencies = { "agency", "security", "web", "shared" })
package vn.thads.portal.account;
