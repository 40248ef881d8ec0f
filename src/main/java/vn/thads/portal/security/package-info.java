/**
 * Who is signed in: roles, the principal, and the HTTP security of pages (form sign-in,
 * CSRF, session) and of the API (HTTP Basic, stateless).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security", allowedDependencies = { "web", "shared" })
package vn.thads.portal.security;
