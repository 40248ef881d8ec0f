package vn.thads.portal.demo;

import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.thads.portal.account.UserAdministration;
import vn.thads.portal.database.StartupLock;
import vn.thads.portal.security.Role;

/**
 * A national-scale data set for benchmarks and load tests (profile {@code national}): 63
 * provinces {@code N01}…{@code N63}, each with its provincial office and 11 local units
 * ({@code N01-L01}…), a present-day tree (named as today's agencies, never closed) beside
 * the demo's, returns for every month of statistical years 2016–2025 (about 90 000),
 * national targets, a leader {@code n01.lanhdao}… per province and an officer per agency
 * ({@code n01.canbo}, {@code n01-l01.canbo}…, for the load test; password {@code demo}).
 * Plausible, deterministic figures written by three SQL statements, so a fresh data
 * directory fills in seconds; a second start adds nothing.
 * <p>
 * Meant for its own data directory: {@code --thads.embedded-db.dir=./data/national}.
 */
@Component
@Profile("national")
@Order(NationalDataSet.ORDER)
class NationalDataSet implements ApplicationRunner {

	static final int ORDER = 40;

	static final int PROVINCES = 63;

	static final int LOCAL_UNITS = 11;

	static final int FIRST_YEAR = 2016;

	static final int LAST_YEAR = 2025;

	private static final Logger log = LoggerFactory.getLogger(NationalDataSet.class);

	/** The provinces; codes are fixed, {@code on conflict} skips those present. */
	private static final String PROVINCES_SQL = """
			insert into agency (code, name, short_name, level, parent_id, path, valid_from)
			select 'N' || lpad(p::text, 2, '0'), 'Thi hành án dân sự tỉnh thử ' || lpad(p::text, 2, '0'),
			    'Tỉnh thử ' || lpad(p::text, 2, '0'), 'PROVINCE', tw.id,
			    tw.path || 'N' || lpad(p::text, 2, '0') || '/', date '2010-01-01'
			from generate_series(1, ?) p cross join (select id, path from agency where code = 'TW') tw
			on conflict (code) do nothing
			""";

	/** Their local units. */
	private static final String LOCAL_UNITS_SQL = """
			insert into agency (code, name, short_name, level, parent_id, path, valid_from)
			select pr.code || '-L' || lpad(l::text, 2, '0'),
			    'Phòng Thi hành án dân sự khu vực thử ' || pr.code || '-' || lpad(l::text, 2, '0'),
			    'Khu vực thử ' || pr.code || '-' || lpad(l::text, 2, '0'), 'LOCAL', pr.id,
			    pr.path || pr.code || '-L' || lpad(l::text, 2, '0') || '/', date '2010-01-01'
			from agency pr cross join generate_series(1, ?) l
			where pr.code ~ '^N[0-9]{2}$'
			on conflict (code) do nothing
			""";

	/**
	 * Every month of every year for every national agency. Sizes vary by agency and year
	 * (hash of the code), flows grow through the year so that figures stay cumulative,
	 * and both forms keep F = G + H; 85 % approved, 12 % submitted, 3 % returned, some
	 * late.
	 */
	private static final String RETURNS = """
			insert into monthly_return (agency_id, period, stat_year, months, status,
			    cases_carried_over, cases_newly_accepted, cases_entrusted, cases_withdrawn, cases_without_conditions,
			    cases_completed, cases_terminated, cases_reduced, cases_in_progress, cases_postponed, cases_suspended,
			    cases_other, money_carried_over, money_newly_accepted, money_entrusted, money_withdrawn,
			    money_without_conditions, money_completed, money_terminated, money_reduced, money_in_progress,
			    money_postponed, money_suspended, money_other, first_submitted_at, submitted_at, submitted_by,
			    approved_at, approved_by, created_at, created_by, updated_at, updated_by)
			with base as (
			    select a.id, y as stat_year, m as months,
			        cast(make_date(y - 1, 10, 1) + make_interval(months => m - 1) as date) as period,
			        (1 + abs(hashtext(a.code)) % 100 / 25.0) * (case when a.level = 'PROVINCE' then 2 else 1 end)
			            * (0.8 + 0.4 * (abs(hashtext(a.code || y)) % 1000) / 1000.0) as size,
			        abs(hashtext(a.code || y || '-' || m)) % 100 as roll
			    from agency a, generate_series(?, ?) y, generate_series(1, 12) m
			    where a.code ~ '^N[0-9]{2}(-L[0-9]{2})?$'
			), flows as (
			    select b.*, round(300 * size) as ca, round(520 * size * months / 12.0) as cb,
			        round(2000000 * size) as ma, round(3000000 * size * months / 12.0) as mb,
			        least(0.95, 0.30 + 0.52 * months / 12.0 + roll / 2000.0) as cr,
			        least(0.90, 0.10 + 0.42 * months / 12.0 + roll / 2000.0) as mr
			    from base b
			), totals as (
			    select f.*, ca + cb - round(cb / 100) - round(cb / 200) as cf, round(cb / 100) as cd,
			        round(cb / 200) as ce, ma + mb - round(mb / 50) as mf, round(mb / 50) as md
			    from flows f
			), enforceable as (
			    select t.*, cf - round(cf * 0.28) as cg, round(cf * 0.28) as ch,
			        mf - round(mf * 0.40) as mg, round(mf * 0.40) as mh
			    from totals t
			), resolved as (
			    select e.*, round(cg * cr) as cx, round(mg * mr) as mx, cg - round(cg * cr) as ck,
			        mg - round(mg * mr) as mk
			    from enforceable e
			), submitted as (
			    select r.*, cast(period + interval '1 month' + (roll % 7) * interval '1 day' + interval '2 hours'
			        as timestamptz) as first_at
			    from resolved r
			)
			select id, period, stat_year, months,
			    case when roll < 85 then 'APPROVED' when roll < 97 then 'SUBMITTED' else 'RETURNED' end,
			    ca, cb, cd, ce, ch, round(cx * 0.96), cx - round(cx * 0.96), 0,
			    round(ck * 0.8), round(ck * 0.1), round(ck * 0.05), ck - round(ck * 0.8) - round(ck * 0.1) - round(ck * 0.05),
			    ma, mb, md, 0, mh, round(mx * 0.9), mx - round(mx * 0.9) - round(mx * 0.03), round(mx * 0.03),
			    round(mk * 0.8), round(mk * 0.1), round(mk * 0.05), mk - round(mk * 0.8) - round(mk * 0.1) - round(mk * 0.05),
			    first_at, first_at, 'generator',
			    case when roll < 85 then first_at + interval '2 days' end, case when roll < 85 then 'generator' end,
			    first_at, 'generator', first_at, 'generator'
			from submitted
			on conflict (agency_id, period) do nothing
			""";

	/** The national values of domain.md §4 (2016–2019 at 2020's), for every agency. */
	private static final String TARGETS = """
			insert into target (agency_id, stat_year, cases_rate, money_rate, updated_at, updated_by)
			select a.id, t.y, t.cases, t.money, now(), 'generator'
			from agency a cross join (values (2016, 80, 38), (2017, 80, 38), (2018, 80, 38), (2019, 80, 38),
			    (2020, 80, 38), (2021, 82.50, 40.50), (2022, 81.50, 40.10), (2023, 82.50, 45.50),
			    (2024, 83.25, 46.45), (2025, 83.90, 51.90)) as t (y, cases, money)
			where a.code ~ '^N[0-9]{2}(-L[0-9]{2})?$'
			on conflict (agency_id, stat_year) do nothing
			""";

	private static final String COUNT = """
			select count(*) from monthly_return m join agency a on a.id = m.agency_id
			where a.code ~ '^N[0-9]{2}(-L[0-9]{2})?$'
			""";

	/** The national agencies that have no officer yet. */
	private static final String OFFICERLESS = """
			select a.code from agency a
			where a.code ~ '^N[0-9]{2}(-L[0-9]{2})?$'
			    and not exists (select 1 from user_account u where u.username = lower(a.code) || '.canbo')
			order by a.code
			""";

	private final JdbcTemplate jdbc;

	private final UserAdministration users;

	private final StartupLock lock;

	NationalDataSet(JdbcTemplate jdbc, UserAdministration users, StartupLock lock) {
		this.jdbc = jdbc;
		this.users = users;
		this.lock = lock;
	}

	/** How many returns the full data set holds. */
	static int expectedReturns() {
		return PROVINCES * (1 + LOCAL_UNITS) * 12 * (LAST_YEAR - FIRST_YEAR + 1);
	}

	/**
	 * An officer for each national agency (the load test's writers), also added to a data
	 * directory filled before they existed; one hash for all of them.
	 */
	private void provisionOfficers() {
		List<String> codes = this.jdbc.queryForList(OFFICERLESS, String.class);
		if (codes.isEmpty()) {
			return;
		}
		String hash = this.users.hash(DemoAccountsAndAgencies.PASSWORD);
		for (String code : codes) {
			this.users.provisionHashed(code.toLowerCase(Locale.ROOT) + ".canbo", "Cán bộ thử " + code, Role.OFFICER,
					code, hash);
		}
		log.info("National data set: {} officers added", codes.size());
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		// nodes started together: the second waits for the first's commit, then finds it
		// all
		this.lock.holding(this::fill);
	}

	private void fill() {
		Long present = this.jdbc.queryForObject(COUNT, Long.class);
		if (present != null && present >= expectedReturns()) {
			log.info("National data set present: {} returns", present);
			provisionOfficers();
			return;
		}
		long started = System.nanoTime();
		this.jdbc.update(PROVINCES_SQL, PROVINCES);
		this.jdbc.update(LOCAL_UNITS_SQL, LOCAL_UNITS);
		int returns = this.jdbc.update(RETURNS, FIRST_YEAR, LAST_YEAR);
		this.jdbc.update(TARGETS);
		String hash = this.users.hash(DemoAccountsAndAgencies.PASSWORD);
		for (int p = 1; p <= PROVINCES; p++) {
			String code = "N%02d".formatted(p);
			this.users.provisionHashed(code.toLowerCase(Locale.ROOT) + ".lanhdao", "Lãnh đạo tỉnh thử " + code,
					Role.LEADER, code, hash);
		}
		provisionOfficers();
		this.jdbc.execute("analyze agency");
		this.jdbc.execute("analyze monthly_return");
		this.jdbc.execute("analyze target");
		log.info("National data set: {} returns written in {} ms", returns, (System.nanoTime() - started) / 1_000_000);
	}

}
