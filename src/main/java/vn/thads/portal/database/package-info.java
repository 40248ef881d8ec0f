/**
 * The database the portal runs on: an embedded, real PostgreSQL when no datasource URL is
 * configured, otherwise the configured server. Flyway owns the schema.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Database")
package vn.thads.portal.database;
