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
 * The demo read back from the database: Kiên Giang adds up to its published figures
 * (fixtures KG22, and the 2021 money resolved); every month from 2020-10 to 2026-10 is
 * there for every agency active then, complete and approved but for the deliberate work
 * of the last month; every return is consistent — no error and no warning of domain.md §3
 * anywhere, across the switch too; the former accounts are disabled.
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

	/** Former agencies that filed returns (all but the centre). */
	static final int FORMER_FILING = DemoAgencies.ALL.size() - 1;

	static final int PRESENT_FILING = DemoSuccession.PRESENT.size();

	/** Other tests add agencies, returns and accounts of their own. */
	static final java.util.Set<String> DEMO_CODES = DemoAccountsAndAgencies.all()
		.stream()
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
	void theLastMonthThatHasEndedLeavesTheUsualWork() {
		Map<String, String> statuses = new HashMap<>();
		this.jdbc.query("select a.code, r.status from monthly_return r join agency a on a.id = r.agency_id"
				+ " where r.period = '2026-10-01'", (rs) -> {
					if (DEMO_CODES.contains(rs.getString(1))) {
						statuses.put(rs.getString(1), rs.getString(2));
					}
				});
		assertThat(statuses).doesNotContainKey("AG-KV14").hasSize(PRESENT_FILING - 1);
		assertThat(statuses).containsEntry("AG-KV07", "DRAFT")
			.containsEntry("AG-KV06", "RETURNED")
			.containsEntry("AG-KV12", "SUBMITTED");
		assertThat(codesWith(statuses, "SUBMITTED")).containsExactlyInAnyOrder("AG", "AG-KV03", "AG-KV09", "AG-KV12",
				"PT-KV02", "PT-KV14", "TN-KV04");
		assertThat(codesWith(statuses, "APPROVED")).hasSize(PRESENT_FILING - 10);
		assertThat(
				this.jdbc.queryForObject(
						"select review_comment from monthly_return r join agency a"
								+ " on a.id = r.agency_id where a.code = 'AG-KV06' and r.period = '2026-10-01'",
						String.class))
			.isEqualTo(DemoSchedule.RETURNED_COMMENT);
		assertThat(lateIn("2026-10")).filteredOn(DEMO_CODES::contains).containsExactly("AG-KV12");
	}

	@Test
	void everyMonthBeforeTheLastIsCompleteAndApproved() {
		Map<String, Integer> byCode = new HashMap<>();
		this.jdbc.query("select a.code, count(*) from monthly_return r join agency a on a.id = r.agency_id"
				+ " where r.period < '2026-10-01' and r.status = 'APPROVED' group by a.code", (rs) -> {
					byCode.put(rs.getString(1), rs.getInt(2));
				});
		for (DemoAgencies.DemoAgency agency : DemoAccountsAndAgencies.all()) {
			if (agency.code().equals(DemoAgencies.CENTRAL)) {
				assertThat(byCode).doesNotContainKey(agency.code());
				continue;
			}
			// 2020-10 … 2025-06 for the former agencies (Kiên Hải's 2022-09 waits),
			// 2025-07 …
			// 2026-09 for the present ones
			int expected = agency.isFormer() ? (agency.code().equals(DemoSchedule.KG22_WAITING) ? 56 : 57) : 15;
			assertThat(byCode.get(agency.code())).as(agency.code()).isEqualTo(expected);
		}
		List<String> open = this.jdbc.queryForList(
				"select a.code from monthly_return r join agency a"
						+ " on a.id = r.agency_id where r.period < '2026-10-01' and r.status <> 'APPROVED'",
				String.class);
		assertThat(open).filteredOn(DEMO_CODES::contains).containsExactly(DemoSchedule.KG22_WAITING);
	}

	@Test
	void theClosedAgenciesLastReturnsWereFiledByTheirSuccessors() {
		Map<String, Object> june = this.jdbc.queryForMap("select r.submitted_by, r.approved_by from monthly_return r"
				+ " join agency a on a.id = r.agency_id where a.code = 'KG-RG' and r.period = '2025-06-01'");
		assertThat(june).containsEntry("submitted_by", "ag-kv01.canbo").containsEntry("approved_by", "ag.lanhdao");
		Map<String, Object> may = this.jdbc.queryForMap("select r.submitted_by, r.approved_by from monthly_return r"
				+ " join agency a on a.id = r.agency_id where a.code = 'KG-RG' and r.period = '2025-05-01'");
		assertThat(may).containsEntry("submitted_by", "kg-rg.canbo").containsEntry("approved_by", "kg.lanhdao");
		assertThat(
				this.jdbc.queryForObject(
						"select approved_by from monthly_return r join agency a"
								+ " on a.id = r.agency_id where a.code = 'AGC-LX' and r.period = '2024-05-01'",
						String.class))
			.isEqualTo("ag.lanhdao");
		assertThat(
				this.jdbc.queryForObject(
						"select approved_by from monthly_return r join agency a"
								+ " on a.id = r.agency_id where a.code = 'HB' and r.period = '2024-05-01'",
						String.class))
			.isEqualTo("tw.lanhdao");
	}

	@Test
	void formerAccountsAreDisabledPresentOnesEnabled() {
		Map<String, Boolean> enabled = new HashMap<>();
		this.jdbc.query("select username, enabled from user_account", (rs) -> {
			enabled.put(rs.getString(1), rs.getBoolean(2));
		});
		for (String present : List.of("admin", "tw.lanhdao", "ag.lanhdao", "pt.lanhdao", "tn.lanhdao", "ag.canbo",
				"ag-kv01.canbo", "pt-kv17.canbo", "tn-kv12.canbo")) {
			assertThat(enabled).as(present).containsEntry(present, true);
		}
		for (String former : List.of("kg.lanhdao", "vp.lanhdao", "la.lanhdao", "kg-rg.canbo", "agc.canbo",
				"agc-lx.canbo", "hb-lt.canbo", "tnc-bc.canbo")) {
			assertThat(enabled).as(former).containsEntry(former, false);
		}
		long officers = DEMO_CODES.size() - 1;
		assertThat(enabled.keySet()).filteredOn((u) -> u.endsWith(".canbo"))
			.filteredOn((u) -> DEMO_CODES.contains(u.replace(".canbo", "").toUpperCase(java.util.Locale.ROOT)))
			.hasSize((int) officers);
		assertThat(enabled).doesNotContainKeys("agc.lanhdao", "ptc.lanhdao", "hb.lanhdao", "tnc.lanhdao");
	}

	@Test
	void everyDemoReturnIsConsistentMonthByMonthYearByYearAndAcrossTheSwitch() {
		Map<String, Map<YearMonth, ReturnFigures>> byAgency = new HashMap<>();
		this.jdbc.query(
				"select a.code, r.period, " + String.join(", ", columns())
						+ " from monthly_return r join agency a on a.id = r.agency_id where a.path like '/TW/%'",
				(rs) -> {
					if (DEMO_CODES.contains(rs.getString(1))) {
						byAgency.computeIfAbsent(rs.getString(1), (c) -> new HashMap<>())
							.put(YearMonth.from(rs.getObject(2, LocalDate.class)), figures(rs, 3));
					}
				});
		int agencies = DemoAccountsAndAgencies.all().size() - 1;
		assertThat(byAgency).hasSize(agencies);
		Map<String, DemoAgencies.DemoAgency> demo = new HashMap<>();
		DemoAccountsAndAgencies.all().forEach((a) -> demo.put(a.code(), a));
		int checked = 0;
		for (Map.Entry<String, Map<YearMonth, ReturnFigures>> agency : byAgency.entrySet()) {
			Map<YearMonth, ReturnFigures> months = agency.getValue();
			List<String> predecessors = demo.get(agency.getKey()).predecessors();
			for (Map.Entry<YearMonth, ReturnFigures> month : months.entrySet()) {
				ReportingPeriod period = this.calendar.period(month.getKey());
				ReturnFigures previous = (period.previousInYear() != null)
						? own(months, predecessors, byAgency, period.previousInYear().month()) : null;
				RuleContext context = new RuleContext(previous, previous,
						own(months, predecessors, byAgency, period.endOfPreviousYear().month()));
				ReturnCheck check = this.rules.check(month.getValue(), context);
				assertThat(check.errors()).as("%s %s", agency.getKey(), period).isEmpty();
				assertThat(check.warnings()).as("%s %s", agency.getKey(), period).isEmpty();
				checked++;
			}
		}
		// the former agencies 57 months each, the present ones 16, but for the missing
		// one
		assertThat(checked).isEqualTo(FORMER_FILING * 57 + PRESENT_FILING * 16 - 1);
	}

	/**
	 * A month of the agency, or before it existed the sum of its primary predecessors'.
	 */
	private static ReturnFigures own(Map<YearMonth, ReturnFigures> months, List<String> predecessors,
			Map<String, Map<YearMonth, ReturnFigures>> byAgency, YearMonth month) {
		if (months.containsKey(month) || predecessors.isEmpty() || month.isAfter(YearMonth.of(2025, 6))) {
			return months.get(month);
		}
		ReturnFigures sum = ReturnFigures.ZERO;
		for (String predecessor : predecessors) {
			sum = sum.plus(byAgency.get(predecessor).get(month));
		}
		return sum;
	}

	private static List<String> codesWith(Map<String, String> statuses, String status) {
		return statuses.entrySet().stream().filter((e) -> e.getValue().equals(status)).map(Map.Entry::getKey).toList();
	}

	private List<String> lateIn(String code) {
		ReportingPeriod period = this.calendar.parse(code);
		List<String> late = new java.util.ArrayList<>();
		this.jdbc.query(
				"select a.code, a.level, r.first_submitted_at from monthly_return r join agency a"
						+ " on a.id = r.agency_id where r.period = ?::date and r.first_submitted_at is not null",
				(rs) -> {
					Instant submitted = rs.getObject(3, java.time.OffsetDateTime.class).toInstant();
					if (!submitted.isBefore(this.calendar.dueEnd(period, rs.getString(2)).toInstant())) {
						late.add(rs.getString(1));
					}
				}, period.monthStart());
		return late;
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
