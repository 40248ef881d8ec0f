package vn.thads.portal.stats;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thads.portal.support.FullStack;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The version of the data the engine's kept answers are keyed on ({@link StatsCache}):
 * one more for each committed transaction that wrote returns, targets or the agency tree
 * (however many rows and tables), nothing for a rollback or for other writes (sessions,
 * accounts). The writes below change no value: a write is a write.
 */
@FullStack
class DataVersionTests {

	static final String RETURN = """
			update monthly_return set cases_completed = cases_completed
			where agency_id = (select id from agency where code = 'KG-RG') and period = date '2022-09-01'
			""";

	static final String TARGET = "update target set cases_rate = cases_rate where id = (select min(id) from target)";

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@ParameterizedTest
	@ValueSource(strings = { RETURN, TARGET, "update agency set name = name where code = 'KG'",
			"update agency_name set name = name where agency_id = (select id from agency where code = 'KG')",
			"update agency_succession set is_primary = is_primary"
					+ " where successor_id = (select min(successor_id) from agency_succession)" })
	void aCommittedWriteMovesIt(String write) {
		long before = version();
		assertThat(this.jdbc.update(write)).isPositive();
		assertThat(version()).isEqualTo(before + 1);
	}

	@Test
	void oneTransactionMovesItOnce() {
		long before = version();
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
			this.jdbc.update(RETURN);
			this.jdbc.update(TARGET);
			this.jdbc.update(RETURN);
			assertThat(version()).as("moved at commit").isEqualTo(before);
		});
		assertThat(version()).isEqualTo(before + 1);
	}

	@Test
	void aRollbackLeavesIt() {
		long before = version();
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
			this.jdbc.update(RETURN);
			status.setRollbackOnly();
		});
		assertThat(version()).isEqualTo(before);
	}

	@Test
	void otherWritesLeaveIt() {
		long before = version();
		this.jdbc.update("update user_account set display_name = display_name where username = 'admin'");
		this.jdbc.update("delete from spring_session where expiry_time < 0");
		assertThat(version()).isEqualTo(before);
	}

	private long version() {
		return this.jdbc.queryForObject("select version from data_version", Long.class);
	}

}
