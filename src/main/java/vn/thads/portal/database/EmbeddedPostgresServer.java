package vn.thads.portal.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL server per data directory and JVM, shared by every Spring
 * context that asks for it (the test suite caches several contexts; they must not start
 * one server each). The server stops when the last context using it closes.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private static final Map<Path, EmbeddedPostgresServer> running = new HashMap<>();

	private final Path dataDirectory;

	private final EmbeddedPostgres postgres;

	private int users;

	private EmbeddedPostgresServer(Path dataDirectory, EmbeddedPostgres postgres) {
		this.dataDirectory = dataDirectory;
		this.postgres = postgres;
	}

	static synchronized EmbeddedPostgresServer obtain(EmbeddedDatabaseProperties properties) {
		Path dir = properties.dir().toAbsolutePath().normalize();
		EmbeddedPostgresServer server = running.get(dir);
		if (server == null) {
			server = new EmbeddedPostgresServer(dir, start(dir, properties));
			server.createDatabase(properties.database());
			running.put(dir, server);
		}
		server.users++;
		return server;
	}

	private static EmbeddedPostgres start(Path dir, EmbeddedDatabaseProperties properties) {
		try {
			Files.createDirectories(dir);
			stopOrphanedServer(dir);
			log.info("Starting embedded PostgreSQL in {}", dir);
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setDataDirectory(dir)
				.setCleanDataDirectory(properties.clean())
				.setPGStartupWait(Duration.ofSeconds(60))
				.setLocaleConfig("encoding", "UTF8")
				.setLocaleConfig("locale", "C.UTF-8")
				.setServerConfig("timezone", "UTC")
				.setServerConfig("listen_addresses", "localhost");
			if (properties.port() > 0) {
				builder.setPort(properties.port());
			}
			return builder.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dir, ex);
		}
	}

	/**
	 * A portal killed without shutdown leaves its PostgreSQL running on the data
	 * directory; the next start would fail on the lock. Stop that orphan first.
	 */
	private static void stopOrphanedServer(Path dir) throws IOException {
		Path pidFile = dir.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		Optional<ProcessHandle> orphan = Files.readAllLines(pidFile)
			.stream()
			.findFirst()
			.map(String::trim)
			.filter((line) -> line.matches("\\d+"))
			.flatMap((pid) -> ProcessHandle.of(Long.parseLong(pid)))
			.filter(ProcessHandle::isAlive)
			.filter((process) -> process.info().command().map((cmd) -> cmd.contains("postgres")).orElse(false));
		if (orphan.isPresent()) {
			log.warn("Stopping an orphaned PostgreSQL (pid {}) left on {}", orphan.get().pid(), dir);
			orphan.get().destroy();
			try {
				orphan.get().onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
			}
			catch (Exception ex) {
				orphan.get().destroyForcibly();
			}
		}
	}

	private void createDatabase(String name) {
		try (Connection connection = this.postgres.getPostgresDatabase().getConnection();
				PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
			exists.setString(1, name);
			try (ResultSet rs = exists.executeQuery()) {
				if (!rs.next()) {
					try (Statement create = connection.createStatement()) {
						// a database name cannot be a bind parameter; it comes from our
						// own settings
						create.execute("create database \"" + name.replace("\"", "") + "\" encoding 'UTF8'");
					}
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create database " + name, ex);
		}
	}

	String jdbcUrl(String database) {
		return this.postgres.getJdbcUrl("postgres", database);
	}

	@Override
	public void close() throws IOException {
		synchronized (EmbeddedPostgresServer.class) {
			if (--this.users > 0) {
				return;
			}
			running.remove(this.dataDirectory);
		}
		log.info("Stopping embedded PostgreSQL in {}", this.dataDirectory);
		this.postgres.close();
	}

}
