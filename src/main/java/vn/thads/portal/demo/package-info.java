/**
 * Demo content (profile {@code demo}, on by default with the embedded database): the
 * agencies of Kiên Giang, Vĩnh Phúc and Long An with their fixed codes, demo accounts
 * (password {@code demo}) and, from the features that own them, returns and targets.
 * Loading is idempotent: a restart adds nothing twice.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package vn.thads.portal.demo;
