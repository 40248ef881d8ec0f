package vn.thads.portal.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.period.ReportingPeriod;
import vn.thads.portal.returns.Figures;
import vn.thads.portal.returns.FormColumn;
import vn.thads.portal.returns.ReturnStatus;
import vn.thads.portal.support.FullStack;
import vn.thads.portal.support.TestAgencies;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property: whatever the returns, a province's figures and counts equal the sum of its
 * rows (own return + each district's subtree), on both bases. Random trees and returns,
 * fixed seeds so that a failure can be replayed.
 */
@FullStack
class ProvinceEqualsItsUnitsTests {

	static final ReportingPeriod PERIOD = ReportingPeriod.of(2023, 6);

	@Autowired
	StatsEngine engine;

	@Autowired
	StatsFixtures fixtures;

	@Autowired
	TestAgencies agencies;

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4, 5, 6, 7, 8 })
	void aProvinceIsTheSumOfItsUnits(long seed) {
		Random random = new Random(seed);
		AgencyRef province = this.agencies.province();
		List<AgencyRef> agencies = new ArrayList<>(List.of(province));
		int districts = 1 + random.nextInt(8);
		for (int i = 0; i < districts; i++) {
			agencies.add(this.agencies.local(province));
		}
		for (AgencyRef agency : agencies) {
			for (ReportingPeriod period : List.of(PERIOD, PERIOD.previousInYear(), PERIOD.samePeriodLastYear())) {
				int pick = random.nextInt(5);
				if (pick < 4) {
					this.fixtures.file(agency, period.code(), ReturnStatus.values()[pick], randomForm(random, false),
							randomForm(random, true));
				}
			}
		}
		for (Basis basis : Basis.values()) {
			UnitBreakdown breakdown = this.engine.units(province, PERIOD, basis);
			AgencyStats total = this.engine.stats(province, PERIOD, basis);
			assertThat(breakdown.units()).hasSize(districts + 1);
			Figures cases = Figures.ZERO;
			Figures money = Figures.ZERO;
			Figures lastYear = Figures.ZERO;
			Figures flow = Figures.ZERO;
			int expected = 0;
			int submitted = 0;
			int approved = 0;
			int late = 0;
			for (AgencyStats row : breakdown.units()) {
				cases = cases.plus(row.cases().figures());
				money = money.plus(row.money().figures());
				lastYear = lastYear
					.plus((row.previousYear() != null) ? row.previousYear().money().figures() : Figures.ZERO);
				flow = flow.plus(row.monthFlow().cases());
				expected += row.units().expected();
				submitted += row.units().submitted();
				approved += row.units().approved();
				late += row.units().late();
			}
			assertThat(cases).as("cases, seed %d, %s", seed, basis).isEqualTo(total.cases().figures());
			assertThat(money).as("money, seed %d, %s", seed, basis).isEqualTo(total.money().figures());
			assertThat(lastYear)
				.isEqualTo((total.previousYear() != null) ? total.previousYear().money().figures() : Figures.ZERO);
			assertThat(flow).isEqualTo(total.monthFlow().cases());
			assertThat(new UnitCounts(expected, submitted, approved, expected - submitted, late))
				.isEqualTo(total.units());
			assertThat(breakdown.total()).isEqualTo(total);
		}
	}

	private static Figures randomForm(Random random, boolean money) {
		Figures figures = Figures.ZERO;
		long scale = money ? 1_000_000_000L : 5_000;
		for (FormColumn column : FormColumn.ENTERED) {
			if (column == FormColumn.REDUCED && !money) {
				continue;
			}
			figures = figures.with(column, (long) (random.nextDouble() * scale));
		}
		return figures;
	}

}
