package vn.thads.portal.demo;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thads.portal.period.ReportingCalendar;
import vn.thads.portal.period.ReportingPeriod;
import vn.thads.portal.returns.Derived;
import vn.thads.portal.returns.Figures;
import vn.thads.portal.returns.ReturnCheck;
import vn.thads.portal.returns.ReturnFigures;
import vn.thads.portal.returns.ReturnRules;
import vn.thads.portal.returns.RuleContext;
import vn.thads.portal.support.FullStack;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo returns read back from the database: Kiên Giang adds up to its published
 * figures (fixtures KG22, and the 2021 money resolved), and every return is consistent —
 * no error and no warning of domain.md §3 anywhere.
 */
@FullStack
class DemoReturnsTests {

	/** Sums over the Kiên Giang subtree (the province office and its districts). */
	static final String KG_SUMS = """
			select sum(cases_carried_over), sum(cases_newly_accepted), sum(cases_entrusted), sum(cases_withdrawn),
			       sum(cases_without_conditions), sum(cases_completed), sum(cases_terminated), sum(cases_reduced),
			       sum(cases_in_progress), sum(cases_postponed), sum(cases_suspended), sum(cases_other),
			       sum(money_carried_over), sum(money_newly_accepted), sum(money_entrusted), sum(money_withdrawn),
			       sum(money_without_conditions), sum(money_completed), sum(money_terminated), sum(money_reduced),
			       sum(money_in_progress), sum(money_postponed), sum(money_suspended), sum(money_other)
			from monthly_return r join agency a on a.id = r.agency_id
			where a.path like '/TW/KG/%' and r.period = ?::date and r.status in ('SUBMITTED', 'APPROVED')
			""";

	static final java.util.Set<String> DEMO_CODES = DemoAgencies.ALL.stream()
		.map(DemoAgencies.DemoAgency::code)
		.collect(java.util.stream.Collectors.toSet());

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ReturnRules rules;

	@Autowired
	ReportingCalendar calendar;

	private ReturnFigures kienGiang(String period) {
		return this.jdbc.queryForObject(KG_SUMS, (rs, n) -> figures(rs, 1), period + "-01");
	}

	@Test
	void kienGiang2022AddsUpToThePublishedForms() {
		ReturnFigures kg = kienGiang("2022-09");
		assertThat(kg.cases()).isEqualTo(new Figures(7_776, 12_576, 0, 0, 5_705, 12_056, 174, 0, 2_417, 0, 0, 0));
		Figures money = kg.money();
		assertThat(money.carriedOver() + money.newlyAccepted()).isEqualTo(3_478_152_572L);
		assertThat(money.entrusted()).isEqualTo(73_086_304L);
		assertThat(money.withdrawn()).isZero();
		assertThat(money.withoutConditions()).isEqualTo(1_389_178_709L);
		assertThat(money.completed()).isEqualTo(1_165_081_049L);
		assertThat(money.terminated() + money.reduced()).isZero();
		assertThat(money.inProgress()).isEqualTo(850_806_510L);
		assertThat(money.postponed() + money.suspended() + money.other()).isZero();
		Derived derived = money.derive();
		assertThat(derived.mustEnforce()).isEqualTo(3_405_066_268L);
		assertThat(derived.withConditions()).isEqualTo(2_015_887_559L);
		assertThat(derived.completionRate()).isEqualByComparingTo("57.79");
		assertThat(derived.conditionsShare()).isEqualByComparingTo("59.20");
		assertThat(kg.cases().derive().completionRate()).isEqualByComparingTo("83.50");
	}

	@Test
	void kienGiang2021MoneyResolvedIsThePublishedOne() {
		Derived money = kienGiang("2021-09").money().derive();
		assertThat(money.resolved()).isEqualTo(790_981_267L);
		assertThat(money.withConditions()).isBetween(1_651_490_275L, 1_651_835_161L);
		assertThat(money.completionRate()).isEqualByComparingTo("47.89");
		// carried into 2022 is what 2022 opens with
		assertThat(kienGiang("2021-09").cases().derive().carriedToNext()).isEqualTo(7_776);
	}

	@Test
	void kienGiang2022HasSixteenSubmittedFifteenApprovedOneLate() {
		List<Map<String, Object>> rows = this.jdbc
			.queryForList("select a.code, a.level, r.status, r.first_submitted_at from monthly_return r"
					+ " join agency a on a.id = r.agency_id where a.path like '/TW/KG/%' and r.period = '2022-09-01'");
		assertThat(rows).hasSize(16);
		assertThat(rows).filteredOn((r) -> r.get("status").equals("APPROVED")).hasSize(15);
		assertThat(rows).filteredOn((r) -> r.get("status").equals("SUBMITTED"))
			.extracting((r) -> r.get("code"))
			.containsExactly("KG-KH");
		ReportingPeriod period = this.calendar.parse("2022-09");
		assertThat(rows).filteredOn((r) -> {
			Instant submitted = ((java.time.OffsetDateTime) this.jdbc.queryForObject(
					"select first_submitted_at from monthly_return r join agency a on a.id = r.agency_id where a.code = ?"
							+ " and r.period = '2022-09-01'",
					java.time.OffsetDateTime.class, r.get("code")))
				.toInstant();
			return !submitted.isBefore(this.calendar.dueEnd(period, (String) r.get("level")).toInstant());
		}).extracting((r) -> r.get("code")).containsExactly("KG-GT");
	}

	@Test
	void theLatestMonthsLeaveWorkForEveryone() {
		Map<String, Integer> statuses = new HashMap<>();
		this.jdbc.query("select status, count(*) from monthly_return where period >= '2024-07-01' group by status",
				(rs) -> {
					statuses.put(rs.getString(1), rs.getInt(2));
				});
		assertThat(statuses).containsKeys("APPROVED", "SUBMITTED", "RETURNED", "DRAFT");
		assertThat(statuses.get("APPROVED")).isGreaterThan(statuses.get("SUBMITTED"));
		Integer september = this.jdbc.queryForObject(
				"select count(*) from monthly_return r join agency a on a.id = r.agency_id"
						+ " where r.period = '2024-09-01' and a.code in ('KG-KH', 'VP-SL', 'LA-VH', 'LA-TH')",
				Integer.class);
		assertThat(september).as("missing returns of 2024-09").isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from monthly_return where review_comment is not null"
				+ " and status = 'RETURNED' and period >= '2024-07-01'", Integer.class))
			.isEqualTo(3);
	}

	@Test
	void everyDemoReturnIsConsistentMonthByMonthAndYearByYear() {
		Map<String, Map<YearMonth, ReturnFigures>> byAgency = new HashMap<>();
		this.jdbc.query(
				"select a.code, r.period, " + String.join(", ", columns())
						+ " from monthly_return r join agency a on a.id = r.agency_id where a.path like '/TW/%'",
				(rs) -> {
					byAgency.computeIfAbsent(rs.getString(1), (c) -> new HashMap<>())
						.put(YearMonth.from(rs.getObject(2, LocalDate.class)), figures(rs, 3));
				});
		assertThat(byAgency).hasSize(42);
		int checked = 0;
		for (Map.Entry<String, Map<YearMonth, ReturnFigures>> agency : byAgency.entrySet()) {
			Map<YearMonth, ReturnFigures> months = agency.getValue();
			for (Map.Entry<YearMonth, ReturnFigures> month : months.entrySet()) {
				ReportingPeriod period = this.calendar.period(month.getKey());
				ReturnFigures previous = (period.previousInYear() != null) ? months.get(period.previousInYear().month())
						: null;
				RuleContext context = new RuleContext(previous, previous,
						months.get(period.endOfPreviousYear().month()));
				ReturnCheck check = this.rules.check(month.getValue(), context);
				assertThat(check.errors()).as("%s %s", agency.getKey(), period).isEmpty();
				assertThat(check.warnings()).as("%s %s", agency.getKey(), period).isEmpty();
				checked++;
			}
		}
		assertThat(checked).isEqualTo(42 * 48 - 4);
	}

	private static List<String> columns() {
		return java.util.Arrays.stream(KG_SUMS.split("from")[0].replace("select", "").split(","))
			.map((c) -> c.strip().replace("sum(", "").replace(")", ""))
			.toList();
	}

	/** Both forms from 24 columns in the order of the table (and of {@link Figures}). */
	private static ReturnFigures figures(ResultSet rs, int first) throws SQLException {
		return new ReturnFigures(form(rs, first), form(rs, first + 12));
	}

	private static Figures form(ResultSet rs, int i) throws SQLException {
		return new Figures(rs.getLong(i), rs.getLong(i + 1), rs.getLong(i + 2), rs.getLong(i + 3), rs.getLong(i + 4),
				rs.getLong(i + 5), rs.getLong(i + 6), rs.getLong(i + 7), rs.getLong(i + 8), rs.getLong(i + 9),
				rs.getLong(i + 10), rs.getLong(i + 11));
	}

}
