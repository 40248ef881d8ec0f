package vn.thads.portal.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL, used only when {@code spring.datasource.url} is
 * not set.
 *
 * @param dir data directory; kept across restarts so that nothing entered is lost
 * @param port TCP port on loopback; 0 picks a free one
 * @param database name of the database the portal uses inside the server
 * @param clean wipe the data directory at start (tests only)
 */
@ConfigurationProperties("thads.embedded-db")
public record EmbeddedDatabaseProperties(@DefaultValue("./data/pg") Path dir, @DefaultValue("0") int port,
		@DefaultValue("thads") String database, @DefaultValue("false") boolean clean) {
}
