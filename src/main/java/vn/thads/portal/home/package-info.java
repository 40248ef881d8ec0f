/**
 * Where a user lands after signing in.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Home")
package vn.thads.portal.home;
