/**
 * Demo content (profile {@code demo}, on by default with the embedded database): the
 * agencies before and after the 2025 reorganisation with their fixed codes and successor
 * links, demo accounts (password {@code demo}; those of closed agencies disabled), and,
 * through the features that own them, returns up to the last month that has ended and
 * targets through the current year. Loaded before the web server starts; loading is
 * idempotent and catches up with the calendar at every start.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package vn.thads.portal.demo;
