package vn.thads.portal.demo;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.thads.portal.period.ReportingCalendar;
import vn.thads.portal.support.FullStack;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo catches up with the calendar: started again on 20/02/2027 (the clock moved
 * forward), it adds exactly the months that have ended since, November and December 2026
 * complete and approved, January 2027 with the usual work, and leaves October 2026 as it
 * was. Each test rolls back what it added.
 */
@FullStack
@Transactional
class DemoCatchUpTests {

	private static final Instant LATER = Instant.parse("2027-02-20T03:00:00Z");

	@Autowired
	DemoReturns returns;

	@Autowired
	ReportingCalendar calendar;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void onTheFirstStartEverythingIsThereAndAnotherStartAddsNothing() {
		assertThat(this.returns.latest()).isEqualTo(this.calendar.parse("2026-10"));
		assertThat(this.returns.catchUp(this.calendar.lastEnded(), this.calendar.now().toInstant())).isZero();
	}

	@Test
	void aLaterStartAddsExactlyTheMonthsThatHaveEndedSince() {
		Map<String, Integer> before = countByPeriod();
		int added = this.returns.catchUp(this.calendar.parse("2027-01"), LATER);

		int present = DemoSuccession.PRESENT.size();
		assertThat(added).isEqualTo(3 * present - 1);
		Map<String, Integer> after = countByPeriod();
		assertThat(after).containsEntry("2026-11", present).containsEntry("2026-12", present);
		assertThat(after).containsEntry("2027-01", present - 1);
		before.forEach((period, count) -> assertThat(after).as(period).containsEntry(period, count));
		assertThat(after).hasSize(before.size() + 3);

		assertThat(statuses("2026-11")).containsOnlyKeys("APPROVED");
		assertThat(statuses("2026-12")).containsOnlyKeys("APPROVED");
		assertThat(statuses("2027-01")).containsEntry("DRAFT", 1)
			.containsEntry("RETURNED", 1)
			.containsEntry("SUBMITTED", 7)
			.containsEntry("APPROVED", present - 10);
		// what was there stays: October's draft, waiting and missing returns
		assertThat(statuses("2026-10")).containsEntry("DRAFT", 1).containsEntry("SUBMITTED", 7);
		assertThat(this.jdbc.queryForObject("select count(*) from monthly_return r join agency a on a.id = r.agency_id"
				+ " where a.code = 'AG-KV14' and r.period = '2026-10-01'", Integer.class))
			.isZero();
		// the former agencies got nothing
		assertThat(this.jdbc.queryForObject("select count(*) from monthly_return r join agency a on a.id = r.agency_id"
				+ " where a.valid_to is not null and r.period > '2025-06-01'", Integer.class))
			.isZero();

		assertThat(this.returns.catchUp(this.calendar.parse("2027-01"), LATER)).isZero();
	}

	@Test
	void aStartBeforeTheDueDateOnlyHasWhatCouldHaveHappenedByThen() {
		// 1 December 2026, 09:00 in Vietnam: November's returns are being entered
		Instant early = Instant.parse("2026-12-01T02:00:00Z");
		int added = this.returns.catchUp(this.calendar.parse("2026-11"), early);
		assertThat(added).isPositive();
		assertThat(statuses("2026-11")).containsOnlyKeys("DRAFT");
		assertThat(this.jdbc
			.queryForObject("select max(created_at) from monthly_return where period = '2026-11-01'",
					java.time.OffsetDateTime.class)
			.toInstant()).isBefore(early);
	}

	private Map<String, Integer> countByPeriod() {
		Map<String, Integer> counts = new HashMap<>();
		this.jdbc.query("select to_char(r.period, 'YYYY-MM'), a.code from monthly_return r"
				+ " join agency a on a.id = r.agency_id", (rs) -> {
					if (DemoReturnsTests.DEMO_CODES.contains(rs.getString(2))) {
						counts.merge(rs.getString(1), 1, Integer::sum);
					}
				});
		return counts;
	}

	private Map<String, Integer> statuses(String period) {
		Map<String, Integer> counts = new HashMap<>();
		this.jdbc.query("select r.status, a.code from monthly_return r join agency a on a.id = r.agency_id"
				+ " where r.period = ?::date", (rs) -> {
					if (DemoReturnsTests.DEMO_CODES.contains(rs.getString(2))) {
						counts.merge(rs.getString(1), 1, Integer::sum);
					}
				}, period + "-01");
		return counts;
	}

}
