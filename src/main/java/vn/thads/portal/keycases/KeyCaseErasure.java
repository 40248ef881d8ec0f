package vn.thads.portal.keycases;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases the parties' names of cases closed longer ago than the set time
 * ({@code thads.keycases.erase-names-after}, 5 years by default), keeping the figures
 * (domain.md §11). Runs every night ({@code thads.keycases.erasure-cron}); the day is the
 * portal's {@link Clock}. The history never held the names ({@link KeyCaseJournal}), so
 * nothing else needs erasing; the erasure itself is written in it.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class KeyCaseErasure {

	private static final Logger log = LoggerFactory.getLogger(KeyCaseErasure.class);

	static final String ACTOR = "system";

	private final JdbcClient jdbc;

	private final KeyCaseRules rules;

	private final Clock clock;

	KeyCaseErasure(JdbcClient jdbc, KeyCaseRules rules, Clock clock) {
		this.jdbc = jdbc;
		this.rules = rules;
		this.clock = clock;
	}

	/**
	 * @return how many cases had their names erased
	 */
	@Scheduled(cron = "${thads.keycases.erasure-cron:0 30 2 * * *}",
			zone = "${thads.calendar.time-zone:Asia/Ho_Chi_Minh}")
	@Transactional
	public int eraseExpiredNames() {
		Instant now = this.clock.instant();
		List<Long> erased = this.jdbc.sql("""
				update key_case set debtor_name = null, creditor_name = null, names_erased_at = :now,
				       version = version + 1
				where closed_on <= :cutoff and (debtor_name is not null or creditor_name is not null)
				returning id""")
			.param("now", Timestamp.from(now))
			.param("cutoff", Date.valueOf(this.rules.eraseNamesClosedOnOrBefore()))
			.query(Long.class)
			.list();
		for (Long id : erased) {
			this.jdbc.sql("""
					insert into key_case_change (case_id, changed_at, changed_by, field, old_value, new_value)
					values (:case, :at, :by, 'namesErased', null, null)""")
				.param("case", id)
				.param("at", Timestamp.from(now))
				.param("by", ACTOR)
				.update();
		}
		if (!erased.isEmpty()) {
			log.info("Erased the parties' names of {} key cases closed on or before {}", erased.size(),
					this.rules.eraseNamesClosedOnOrBefore());
		}
		return erased.size();
	}

}
