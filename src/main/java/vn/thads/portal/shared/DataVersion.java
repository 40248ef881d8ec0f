package vn.thads.portal.shared;

import java.util.List;
import java.util.OptionalLong;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The version of the data that kept answers are keyed on: the one row of
 * {@code data_version}, moved in the same commit by every transaction that writes
 * returns, targets or agencies (triggers of migration V9), on whichever node it runs. A
 * reader that reads the version first and the data after gets data never older than the
 * version, at most newer (a commit in between), as if it had read a moment later.
 */
@Component
public class DataVersion {

	/**
	 * None inside a transaction that has written: what it sees may yet be rolled back.
	 */
	private static final String CURRENT = """
			select version from data_version where pg_current_xact_id_if_assigned() is null
			""";

	private final JdbcTemplate jdbc;

	DataVersion(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The version the current transaction reads; empty outside a transaction, or in one
	 * that has written anything (nothing it reads may be kept).
	 */
	public OptionalLong current() {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			return OptionalLong.empty();
		}
		List<Long> version = this.jdbc.queryForList(CURRENT, Long.class);
		return version.isEmpty() ? OptionalLong.empty() : OptionalLong.of(version.get(0));
	}

	/**
	 * The version now, for a caller about to read in transactions of its own (a page kept
	 * whole, the review badge's count): read in the current transaction if there is one,
	 * else by a statement of its own (auto-commit: the last committed version, with no
	 * transaction to begin and end around it). The caller's later reads are never older
	 * than it, at most newer.
	 */
	public OptionalLong latest() {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			return current();
		}
		List<Long> version = this.jdbc.queryForList(CURRENT, Long.class);
		return version.isEmpty() ? OptionalLong.empty() : OptionalLong.of(version.get(0));
	}

}
