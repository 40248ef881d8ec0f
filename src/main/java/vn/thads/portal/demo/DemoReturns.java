package vn.thads.portal.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.thads.portal.agency.AgencyDirectory;
import vn.thads.portal.agency.AgencyLevel;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.period.ReportingCalendar;
import vn.thads.portal.period.ReportingPeriod;
import vn.thads.portal.returns.ImportedReturn;
import vn.thads.portal.returns.ReturnFigures;
import vn.thads.portal.returns.ReturnImport;

/**
 * Monthly returns of every demo agency but the centre for statistical years 2021–2024:
 * twelve cumulative, consistent months each, mostly approved, with some work left in the
 * latest months. Kiên Giang adds up to its published figures. Loaded once, into an empty
 * table.
 */
@Component
@Profile("demo")
@Order(DemoReturns.ORDER)
class DemoReturns implements ApplicationRunner {

	static final int ORDER = DemoAccountsAndAgencies.ORDER + 10;

	private static final Logger log = LoggerFactory.getLogger(DemoReturns.class);

	private final AgencyDirectory directory;

	private final ReportingCalendar calendar;

	private final ReturnImport imports;

	DemoReturns(AgencyDirectory directory, ReportingCalendar calendar, ReturnImport imports) {
		this.directory = directory;
		this.calendar = calendar;
		this.imports = imports;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.imports.isEmpty()) {
			return;
		}
		long started = System.nanoTime();
		int count = this.imports.importAll(returns());
		log.info("Demo data: {} monthly returns of {}–{} loaded in {} ms", count, DemoYearEnds.FIRST_YEAR,
				DemoYearEnds.LAST_YEAR, (System.nanoTime() - started) / 1_000_000);
	}

	List<ImportedReturn> returns() {
		Map<String, List<AgencyRef>> provinces = provinces();
		DemoYearEnds yearEnds = new DemoYearEnds(provinces);
		DemoSchedule schedule = new DemoSchedule(this.calendar);
		List<ImportedReturn> returns = new ArrayList<>();
		for (List<AgencyRef> units : provinces.values()) {
			for (AgencyRef unit : units) {
				SplittableRandom pace = new SplittableRandom(unit.code().hashCode());
				double arrival = pace.nextDouble(0.9, 1.0);
				double resolution = pace.nextDouble(1.1, 1.3);
				for (int year = DemoYearEnds.FIRST_YEAR; year <= DemoYearEnds.LAST_YEAR; year++) {
					List<ReportingPeriod> periods = this.calendar.endOfYear(year).monthsOfYear();
					List<ReturnFigures> months = DemoMonths.of(yearEnds.of(unit.code(), year), arrival, resolution);
					for (int m = 0; m < periods.size(); m++) {
						DemoSchedule.Story story = schedule.of(unit, periods.get(m));
						if (story != null) {
							returns.add(new ImportedReturn(unit.id(), periods.get(m), months.get(m), story.status(),
									DemoSchedule.officer(unit), story.createdAt(), story.submittedAt(),
									story.reviewer(), story.reviewedAt(), story.comment()));
						}
					}
				}
			}
		}
		return returns;
	}

	/** Each demo province: its own office first, then its districts. */
	private Map<String, List<AgencyRef>> provinces() {
		Set<String> demo = DemoAgencies.ALL.stream().map(DemoAgencies.DemoAgency::code).collect(Collectors.toSet());
		Map<String, List<AgencyRef>> provinces = new LinkedHashMap<>();
		for (AgencyRef agency : this.directory.all()) {
			if (agency.level() == AgencyLevel.PROVINCE && demo.contains(agency.code())) {
				List<AgencyRef> units = new ArrayList<>();
				units.add(agency);
				this.directory.children(agency).stream().filter((c) -> demo.contains(c.code())).forEach(units::add);
				provinces.put(agency.code(), units);
			}
		}
		return provinces;
	}

}
