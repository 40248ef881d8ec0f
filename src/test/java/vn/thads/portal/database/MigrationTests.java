package vn.thads.portal.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thads.portal.support.FullStack;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migrations build the whole schema on an empty database, and the entities validate
 * against it (the context starts with {@code ddl-auto=validate}).
 */
@FullStack
class MigrationTests {

	@Autowired
	DataSource dataSource;

	@Test
	void everyMigrationAppliesToAnEmptyDatabase() throws Exception {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		jdbc.execute("drop database if exists migration_check");
		jdbc.execute("create database migration_check");
		String url = jdbc.queryForObject("select 'jdbc:postgresql://localhost:' || current_setting('port')"
				+ " || '/migration_check?user=postgres'", String.class);
		MigrateResult result = Flyway.configure()
			.dataSource(url, "postgres", null)
			.locations("classpath:db/migration")
			.load()
			.migrate();
		assertThat(result.success).isTrue();
		assertThat(result.migrationsExecuted).isEqualTo(migrationFiles());
	}

	@Test
	void theApplicationSchemaIsCurrentAndValidated() throws Exception {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		Integer applied = jdbc.queryForObject("select count(*) from flyway_schema_history where success",
				Integer.class);
		assertThat(applied).isEqualTo(migrationFiles());
		assertThat(jdbc.queryForObject("select count(*) from agency where code = 'TW'", Integer.class)).isOne();
	}

	@Test
	void theDatabaseRefusesWhatTheRulesForbid() {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> jdbc.update("insert into agency (code, name, short_name, level, path, valid_from)"
					+ " values ('bad code', 'x', 'x', 'LOCAL', '/bad/', current_date)"))
			.hasMessageContaining("agency_code_format");
	}

	private static long migrationFiles() throws Exception {
		try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
			return files.filter((f) -> f.getFileName().toString().matches("V\\d+(_\\d+)*__.*\\.sql")).count();
		}
	}

}
