package vn.thads.portal.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Whether a failure means the database cannot be reached (stopped, restarting, the pool
 * exhausted) rather than a fault of the request: such a request is answered 503 with
 * {@code Retry-After}, never 401 (the user lookup of a sign-in fails too) nor 500.
 */
public final class DatabaseOutage {

	/** Seconds a client should wait before trying again. */
	public static final String RETRY_AFTER_SECONDS = "30";

	private DatabaseOutage() {
	}

	/**
	 * True when {@code failure} or one of its causes says the database is unreachable.
	 */
	public static boolean causedBy(Throwable failure) {
		for (Throwable t = failure; t != null; t = (t.getCause() != t) ? t.getCause() : null) {
			if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
					|| t instanceof SQLTransientConnectionException) {
				return true;
			}
			// a rollback or commit the JDBC connection refused: the connection was lost
			// under the transaction (PostgreSQL stopped), and this failure replaced the
			// first one (Spring logs "Application exception overridden by rollback
			// exception"; the pool's closed connection says so without a SQLSTATE)
			if ((t instanceof TransactionSystemException || t instanceof org.hibernate.TransactionException)
					&& t.getCause() instanceof SQLException) {
				return true;
			}
			// SQLSTATE class 08: connection exception (PostgreSQL, JDBC); 57P01–57P03:
			// the server is shutting down, crashed or starting (seen when PostgreSQL
			// stops under a request: docs/security.md, Faults)
			if (t instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
				return true;
			}
		}
		return false;
	}

}
