package vn.thads.portal.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.thads.portal.agency.AgencyDirectory;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.target.TargetRates;
import vn.thads.portal.target.Targets;

/**
 * Demo targets (domain.md §4): the central agency and every demo province get the
 * published national values of each year (Kiên Giang 2022 = 81,50 / 40,10, as published);
 * each district gets its province's values or slightly higher, the same at every start.
 * Only targets not yet set are written, so an edit survives a restart.
 */
@Component
@Profile("demo")
@Order(DemoTargets.ORDER)
class DemoTargets implements ApplicationRunner {

	static final int ORDER = 30;

	static final String ACTOR = "demo";

	/** National values by statistical year: cases %, money %. */
	static final Map<Integer, TargetRates> NATIONAL = Map.of(2021, rates("82.50", "40.50"), 2022,
			rates("81.50", "40.10"), 2023, rates("82.50", "45.50"), 2024, rates("83.25", "46.45"));

	/** What a district adds to its province's values, by its place in the province. */
	private static final List<String> CASES_STEP = List.of("0", "0.50", "1.00");

	private static final List<String> MONEY_STEP = List.of("0", "0.25", "0.50", "1.00");

	private final AgencyDirectory directory;

	private final Targets targets;

	DemoTargets(AgencyDirectory directory, Targets targets) {
		this.directory = directory;
		this.targets = targets;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		AgencyRef central = this.directory.getByCode(DemoAgencies.CENTRAL);
		List<AgencyRef> provinces = DemoAgencies.ALL.stream()
			.filter((a) -> DemoAgencies.CENTRAL.equals(a.parentCode()))
			.map((a) -> this.directory.getByCode(a.code()))
			.toList();
		NATIONAL.forEach((year, national) -> {
			assignIfUnset(central, year, national);
			for (AgencyRef province : provinces) {
				assignIfUnset(province, year, national);
				List<AgencyRef> districts = this.directory.children(province);
				for (int i = 0; i < districts.size(); i++) {
					assignIfUnset(districts.get(i), year, districtRates(national, i));
				}
			}
		});
	}

	/** The province's values or slightly higher, never above 100. */
	static TargetRates districtRates(TargetRates province, int index) {
		BigDecimal cases = province.casesRate().add(new BigDecimal(CASES_STEP.get(index % CASES_STEP.size())));
		BigDecimal money = province.moneyRate().add(new BigDecimal(MONEY_STEP.get(index % MONEY_STEP.size())));
		return new TargetRates(cases.min(BigDecimal.valueOf(100)).setScale(2),
				money.min(BigDecimal.valueOf(100)).setScale(2));
	}

	private void assignIfUnset(AgencyRef agency, int year, TargetRates rates) {
		if (this.targets.find(agency.id(), year).isEmpty()) {
			this.targets.assign(agency.id(), year, rates, ACTOR);
		}
	}

	private static TargetRates rates(String cases, String money) {
		return new TargetRates(new BigDecimal(cases), new BigDecimal(money));
	}

}
