package vn.thads.portal.demo;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.thads.portal.agency.AgencyDirectory;
import vn.thads.portal.agency.AgencyLevel;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.demo.DemoAgencies.DemoAgency;
import vn.thads.portal.target.TargetRates;
import vn.thads.portal.target.Targets;

/**
 * Demo targets (domain.md §4) for every statistical year from 2021 through the current
 * one: the central agency and every demo province get the national values of the year
 * (Kiên Giang 2022 = 81,50 / 40,10, as published; from 2026 the illustrative 84,00 /
 * 52,00), each district or office its province's values or slightly higher. Former
 * agencies have targets up to year 2025, present ones from 2025 (their 2025 targets apply
 * to the whole year). Only targets not yet set are written, so an edit survives a
 * restart.
 */
@Component
@Profile("demo")
class DemoTargets {

	static final String ACTOR = "demo";

	/** Published national values by statistical year: cases %, money %. */
	static final Map<Integer, TargetRates> NATIONAL = Map.of(2021, rates("82.50", "40.50"), 2022,
			rates("81.50", "40.10"), 2023, rates("82.50", "45.50"), 2024, rates("83.25", "46.45"), 2025,
			rates("83.90", "51.90"));

	/** Years without published values (2026 on): illustrative, carried forward. */
	static final TargetRates ILLUSTRATIVE = rates("84.00", "52.00");

	/** What a district adds to its province's values, by its place in the province. */
	private static final List<String> CASES_STEP = List.of("0", "0.50", "1.00");

	private static final List<String> MONEY_STEP = List.of("0", "0.25", "0.50", "1.00");

	private final AgencyDirectory directory;

	private final Targets targets;

	DemoTargets(AgencyDirectory directory, Targets targets) {
		this.directory = directory;
		this.targets = targets;
	}

	static TargetRates national(int year) {
		return NATIONAL.getOrDefault(year, ILLUSTRATIVE);
	}

	/**
	 * Targets of every year from 2021 through {@code currentYear} not yet set: the
	 * agencies are read once and each year's targets in one query, so a start on a
	 * database that has them all costs a few statements, not two per agency and year.
	 */
	@Transactional
	public void load(int currentYear) {
		List<DemoAgency> all = DemoAccountsAndAgencies.all();
		Map<String, AgencyRef> byCode = new HashMap<>();
		this.directory.all().forEach((agency) -> byCode.put(agency.code(), agency));
		List<Long> ids = all.stream()
			.map((a) -> byCode.get(a.code()))
			.filter(Objects::nonNull)
			.map(AgencyRef::id)
			.toList();
		for (int year = DemoYearEnds.FIRST_YEAR; year <= currentYear; year++) {
			Set<Long> alreadySet = this.targets.forAgencies(ids, year).keySet();
			TargetRates national = national(year);
			assignIfUnset(byCode.get(DemoAgencies.CENTRAL), year, national, alreadySet);
			for (DemoAgency province : all) {
				if (province.level() != AgencyLevel.PROVINCE || !existsIn(province, year)) {
					continue;
				}
				assignIfUnset(byCode.get(province.code()), year, national, alreadySet);
				List<DemoAgency> units = all.stream()
					.filter((a) -> province.code().equals(a.parentCode()))
					.sorted(Comparator.comparing(DemoAgency::code))
					.toList();
				for (int i = 0; i < units.size(); i++) {
					assignIfUnset(byCode.get(units.get(i).code()), year, districtRates(national, i), alreadySet);
				}
			}
		}
	}

	/** Former agencies through year 2025, present ones from it. */
	private static boolean existsIn(DemoAgency agency, int year) {
		return agency.isFormer() ? year <= DemoYearEnds.SWITCH_YEAR : year >= DemoYearEnds.SWITCH_YEAR;
	}

	/** The province's values or slightly higher, never above 100. */
	static TargetRates districtRates(TargetRates province, int index) {
		BigDecimal cases = province.casesRate().add(new BigDecimal(CASES_STEP.get(index % CASES_STEP.size())));
		BigDecimal money = province.moneyRate().add(new BigDecimal(MONEY_STEP.get(index % MONEY_STEP.size())));
		return new TargetRates(cases.min(BigDecimal.valueOf(100)).setScale(2),
				money.min(BigDecimal.valueOf(100)).setScale(2));
	}

	private void assignIfUnset(AgencyRef agency, int year, TargetRates rates, Set<Long> alreadySet) {
		if (agency != null && !alreadySet.contains(agency.id())) {
			this.targets.assign(agency.id(), year, rates, ACTOR);
		}
	}

	private static TargetRates rates(String cases, String money) {
		return new TargetRates(new BigDecimal(cases), new BigDecimal(money));
	}

}
