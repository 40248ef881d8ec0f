package vn.thads.portal.database;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/** What is entered survives a restart: the data directory is kept. */
class EmbeddedPostgresServerTests {

	@Test
	void aRestartKeepsTheData(@TempDir Path dir) throws Exception {
		EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties(dir, 0, "persist", false);
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.obtain(properties)) {
			JdbcTemplate jdbc = jdbc(server);
			jdbc.execute("create table kept (figure bigint)");
			jdbc.update("insert into kept values (20352)");
		}
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.obtain(properties)) {
			assertThat(jdbc(server).queryForObject("select figure from kept", Long.class)).isEqualTo(20352L);
		}
	}

	@Test
	void contextsOfOneJvmShareOneServer(@TempDir Path dir) throws Exception {
		EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties(dir, 0, "shared", false);
		try (EmbeddedPostgresServer first = EmbeddedPostgresServer.obtain(properties);
				EmbeddedPostgresServer second = EmbeddedPostgresServer.obtain(properties)) {
			assertThat(second).isSameAs(first);
		}
	}

	private static JdbcTemplate jdbc(EmbeddedPostgresServer server) {
		return new JdbcTemplate(new DriverManagerDataSource(server.jdbcUrl("persist")));
	}

}
