package vn.thads.portal.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * One node at a time writes what every node would otherwise write at its start (the demo
 * and national data sets, the first administrator): nodes started together on an empty
 * database would each find nothing there and insert the same rows, and all but one would
 * fail on a unique key. A PostgreSQL advisory lock (as Flyway takes for the schema): the
 * second node waits, then finds the data there and adds nothing. Inside a transaction the
 * lock is held until it commits, so the next node sees what it wrote; outside one, on a
 * connection of its own for the length of the work.
 */
@Component
public class StartupLock {

	private static final Logger log = LoggerFactory.getLogger(StartupLock.class);

	/**
	 * The lock's key: a number of the portal's own (Flyway's are 77431708279161 + a
	 * hash).
	 */
	static final String KEY = "hashtext('thads-portal startup data')";

	private final DataSource dataSource;

	private final JdbcTemplate jdbc;

	StartupLock(DataSource dataSource, JdbcTemplate jdbc) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
	}

	/**
	 * Runs {@code work} holding the lock (waiting for it while another node holds it).
	 */
	public void holding(Runnable work) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			this.jdbc.execute("select pg_advisory_xact_lock(" + KEY + ")");
			work.run();
			return;
		}
		try (Connection connection = this.dataSource.getConnection()) {
			execute(connection, "select pg_advisory_lock(" + KEY + ")");
			try {
				work.run();
			}
			finally {
				execute(connection, "select pg_advisory_unlock(" + KEY + ")");
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("The start-up lock failed", ex);
		}
	}

	private static void execute(Connection connection, String sql) throws SQLException {
		long started = System.nanoTime();
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		long waited = (System.nanoTime() - started) / 1_000_000;
		if (waited > 1000) {
			log.info("Waited {} ms for another node's start-up data", waited);
		}
	}

}
