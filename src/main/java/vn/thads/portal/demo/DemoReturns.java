package vn.thads.portal.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.thads.portal.agency.AgencyDirectory;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.demo.DemoAgencies.DemoAgency;
import vn.thads.portal.period.ReportingCalendar;
import vn.thads.portal.period.ReportingPeriod;
import vn.thads.portal.returns.ImportedReturn;
import vn.thads.portal.returns.ReturnImport;

/**
 * Monthly returns of every demo agency but the centre, from statistical year 2021 up to
 * the last month that has ended: the former agencies' until 06/2025, the present ones'
 * from 07/2025 ({@link DemoFigures}, {@link DemoSchedule}). At every start it catches up:
 * the months that have ended since the latest demo return are added, what is there stays
 * as it was.
 */
@Component
@Profile("demo")
class DemoReturns {

	/** The first month of the demo: statistical year 2021 starts in October 2020. */
	static final int FIRST_YEAR = DemoYearEnds.FIRST_YEAR;

	private static final Logger log = LoggerFactory.getLogger(DemoReturns.class);

	private static final String LATEST = """
			select a.code, max(r.period) from monthly_return r join agency a on a.id = r.agency_id group by a.code
			""";

	private final AgencyDirectory directory;

	private final ReportingCalendar calendar;

	private final ReturnImport imports;

	private final JdbcTemplate jdbc;

	DemoReturns(AgencyDirectory directory, ReportingCalendar calendar, ReturnImport imports, JdbcTemplate jdbc) {
		this.directory = directory;
		this.calendar = calendar;
		this.imports = imports;
		this.jdbc = jdbc;
	}

	/**
	 * Adds the months after the latest demo return up to {@code last}, which gets the
	 * open work; returns how many returns were added.
	 */
	@Transactional
	public int catchUp(ReportingPeriod last, Instant now) {
		ReportingPeriod latest = latest();
		if (latest != null && latest.compareTo(last) >= 0) {
			log.info("Demo data: returns up to date ({})", latest);
			return 0;
		}
		long started = System.nanoTime();
		List<ImportedReturn> returns = returns(latest, last, now);
		int count = this.imports.importAll(returns);
		log.info("Demo data: {} monthly returns of {}–{} added in {} ms", count,
				(latest != null) ? latest.plusMonths(1) : this.calendar.endOfYear(FIRST_YEAR).monthsOfYear().get(0),
				last, (System.nanoTime() - started) / 1_000_000);
		return count;
	}

	/** The latest period of any demo agency's return, null when there is none. */
	ReportingPeriod latest() {
		Map<String, LocalDate> byCode = new HashMap<>();
		this.jdbc.query(LATEST, (rs) -> {
			byCode.put(rs.getString(1), rs.getObject(2, LocalDate.class));
		});
		return DemoAccountsAndAgencies.all()
			.stream()
			.map((a) -> byCode.get(a.code()))
			.filter((d) -> d != null)
			.max(LocalDate::compareTo)
			.map((d) -> this.calendar.period(java.time.YearMonth.from(d)))
			.orElse(null);
	}

	/** The returns of the months after {@code after} (null: from the start) to last. */
	List<ImportedReturn> returns(ReportingPeriod after, ReportingPeriod last, Instant now) {
		Map<String, AgencyRef> refs = new HashMap<>();
		this.directory.all().forEach((a) -> refs.put(a.code(), a));
		DemoFigures figures = new DemoFigures();
		DemoSchedule schedule = new DemoSchedule(this.calendar, last, now);
		List<ImportedReturn> returns = new ArrayList<>();
		ReportingPeriod first = this.calendar.endOfYear(FIRST_YEAR).monthsOfYear().get(0);
		for (DemoAgency unit : DemoAccountsAndAgencies.all()) {
			AgencyRef ref = refs.get(unit.code());
			if (unit.code().equals(DemoAgencies.CENTRAL) || ref == null) {
				continue;
			}
			for (ReportingPeriod period = first; period.compareTo(last) <= 0; period = period.plusMonths(1)) {
				boolean active = !period.to().isBefore(unit.validFrom())
						&& (unit.validTo() == null || !period.to().isAfter(unit.validTo()));
				if (!active || (after != null && period.compareTo(after) <= 0)) {
					continue;
				}
				DemoSchedule.Story story = schedule.of(unit, period);
				if (story != null) {
					returns.add(new ImportedReturn(ref.id(), period,
							figures.of(unit.code(), period.statYear()).get(period.months() - 1), story.status(),
							story.officer(), story.createdAt(), story.submittedAt(), story.reviewer(),
							story.reviewedAt(), story.comment()));
				}
			}
		}
		List<Long> kienGiang = refs.values()
			.stream()
			.filter((a) -> a.code().equals(KienGiangFigures.PROVINCE)
					|| a.code().startsWith(KienGiangFigures.PROVINCE + "-"))
			.map(AgencyRef::id)
			.toList();
		return KienGiangReception.withReception(
				DemoCompanions.with(KienGiangCategories.withBankCredit(returns, kienGiang), kienGiang), kienGiang);
	}

}
