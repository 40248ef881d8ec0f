package vn.thads.portal.stats;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import vn.thads.portal.agency.AgencyLevel;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.period.ReportingPeriod;
import vn.thads.portal.returns.ReturnStatus;
import vn.thads.portal.support.FullStack;
import vn.thads.portal.support.TestAgencies;
import vn.thads.portal.target.TargetRates;
import vn.thads.portal.target.Targets;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thads.portal.stats.StatsFixtures.enforceable;

/**
 * The series, the trend and the reported periods on the embedded PostgreSQL: the series'
 * own query sums exactly what the engine's per-period stats sum, month by month.
 */
@FullStack
class StatsTrendTests {

	@Autowired
	StatsEngine engine;

	@Autowired
	Targets targets;

	@Autowired
	StatsFixtures fixtures;

	@Autowired
	TestAgencies agencies;

	@Test
	void eachMonthOfTheSeriesEqualsTheStatsOfThatMonth() {
		AgencyRef province = this.agencies.province();
		AgencyRef district = this.agencies.local(province);
		AgencyRef other = this.agencies.local(province);
		for (String month : List.of("2022-10", "2022-11", "2023-01")) {
			this.fixtures.file(province, month, ReturnStatus.APPROVED, enforceable(10, 40), enforceable(100, 900));
			this.fixtures.file(district, month, ReturnStatus.SUBMITTED, enforceable(7, 20), enforceable(50, 300));
		}
		this.fixtures.file(other, "2022-11", ReturnStatus.DRAFT, enforceable(99, 100), enforceable(99, 100));
		this.fixtures.file(other, "2022-01", ReturnStatus.APPROVED, enforceable(3, 30), enforceable(30, 90));
		ReportingPeriod period = ReportingPeriod.of(2023, 1);

		for (Basis basis : Basis.values()) {
			MonthlySeries series = this.engine.series(province, period, basis);
			assertThat(series.thisYear()).hasSize(4);
			for (SeriesPoint point : series.thisYear()) {
				AgencyStats stats = this.engine.stats(province, point.period(), basis);
				assertThat(point.cases().figures()).as("%s %s", point.period(), basis)
					.isEqualTo(stats.cases().figures());
				assertThat(point.money().figures()).isEqualTo(stats.money().figures());
			}
			SeriesPoint january = series.lastYear().get(3);
			assertThat(january.period()).isEqualTo(ReportingPeriod.of(2022, 1));
			assertThat(january.cases().figures())
				.isEqualTo(this.engine.stats(province, period, basis).previousYear().cases().figures());
		}
		MonthlySeries approved = this.engine.series(province, period, Basis.APPROVED);
		assertThat(approved.thisYear().get(1).cases().derived().resolved()).isEqualTo(10);
		assertThat(approved.thisYear().get(1).counted()).isEqualTo(1);
		assertThat(approved.thisYear().get(2).counted()).isZero();
	}

	@Test
	void aSuccessorsSeriesIsItsPredecessorsBeforeItExisted() {
		AgencyRef province = this.agencies.province();
		LocalDate switchDay = LocalDate.of(2025, 7, 1);
		AgencyRef old = this.agencies.agency(AgencyLevel.LOCAL, province.code(), LocalDate.of(2010, 1, 1),
				switchDay.minusDays(1), List.of());
		AgencyRef regional = this.agencies.agency(AgencyLevel.LOCAL, province.code(), switchDay, null,
				List.of(old.code()));
		this.fixtures.file(old, "2024-08", ReturnStatus.APPROVED, enforceable(30, 60), enforceable(300, 600));
		this.fixtures.file(old, "2025-06", ReturnStatus.APPROVED, enforceable(40, 80), enforceable(400, 800));
		this.fixtures.file(regional, "2025-08", ReturnStatus.SUBMITTED, enforceable(45, 90), enforceable(500, 900));

		MonthlySeries series = this.engine.series(regional, ReportingPeriod.of(2025, 8), Basis.SUBMITTED);
		// this year: the predecessor's months up to 06/2025, the office's own from
		// 07/2025
		// (domain.md §1a: continuous across the switch)
		assertThat(series.thisYear().get(8).counted()).isOne();
		assertThat(series.thisYear().get(8).cases().derived().resolved()).isEqualTo(40);
		assertThat(series.thisYear().get(10).cases().derived().resolved()).isEqualTo(45);
		assertThat(series.thisYear().get(10).counted()).as("never both").isOne();
		// last year: the predecessor's, as the same period last year sums them
		assertThat(series.lastYear().get(10).cases().derived().resolved()).isEqualTo(30);
		assertThat(series.lastYear().get(10).cases().figures())
			.isEqualTo(this.engine.stats(regional, ReportingPeriod.of(2025, 8), Basis.SUBMITTED)
				.previousYear()
				.cases()
				.figures());
	}

	@Test
	void theTrendHasTwelveMonthsWithRatesLastYearsAndProgressTargets() {
		AgencyRef province = this.agencies.province();
		this.fixtures.file(province, "2022-12", ReturnStatus.APPROVED, enforceable(20, 100), enforceable(10, 100));
		this.fixtures.file(province, "2023-03", ReturnStatus.APPROVED, enforceable(45, 100), enforceable(25, 100));
		this.fixtures.file(province, "2022-03", ReturnStatus.APPROVED, enforceable(40, 100), enforceable(20, 80));
		this.targets.assign(province.id(), 2023, new TargetRates(new BigDecimal("81.50"), new BigDecimal("40.10")),
				"test");

		Trend trend = this.engine.trend(province, ReportingPeriod.of(2023, 3), Basis.SUBMITTED);
		assertThat(trend.months()).hasSize(12);
		assertThat(trend.target().casesRate()).isEqualByComparingTo("81.50");
		TrendMonth december = trend.months().get(2);
		assertThat(december.period()).isEqualTo(ReportingPeriod.of(2022, 12));
		assertThat(december.casesRate()).isEqualByComparingTo("20.00");
		assertThat(december.progressTarget().casesRate()).isEqualByComparingTo("20.38");
		TrendMonth march = trend.months().get(5);
		assertThat(march.casesRate()).isEqualByComparingTo("45.00");
		assertThat(march.moneyRate()).isEqualByComparingTo("25.00");
		assertThat(march.lastYearCasesRate()).isEqualByComparingTo("40.00");
		assertThat(march.lastYearMoneyRate()).isEqualByComparingTo("25.00");
		assertThat(march.progressTarget().casesRate()).isEqualByComparingTo("40.75");
		assertThat(march.progressTarget().moneyRate()).isEqualByComparingTo("20.05");
		// a month without returns, and the months still to come, have no rate
		assertThat(trend.months().get(3).casesRate()).isNull();
		assertThat(trend.months().get(6).casesRate()).isNull();
		assertThat(trend.months().get(11).period()).isEqualTo(ReportingPeriod.of(2023, 9));
		assertThat(trend.months().get(11).progressTarget().casesRate()).isEqualByComparingTo("81.50");
	}

	@Test
	void withoutATargetTheTrendHasNoProgressTargets() {
		AgencyRef province = this.agencies.province();
		this.fixtures.file(province, "2022-10", ReturnStatus.APPROVED, enforceable(1, 4), enforceable(1, 4));
		Trend trend = this.engine.trend(province, ReportingPeriod.of(2022, 10), Basis.SUBMITTED);
		assertThat(trend.target()).isNull();
		assertThat(trend.months()).allMatch((month) -> month.progressTarget() == null);
		assertThat(trend.months().get(0).casesRate()).isEqualByComparingTo("25.00");
	}

	@Test
	void theFirstAndLatestReportedPeriods() {
		AgencyRef province = this.agencies.province();
		AgencyRef district = this.agencies.local(province);
		assertThat(this.engine.reportedPeriods(province)).isEmpty();
		this.fixtures.file(district, "2021-03", ReturnStatus.SUBMITTED, enforceable(1, 2), enforceable(1, 2));
		this.fixtures.file(province, "2023-04", ReturnStatus.APPROVED, enforceable(1, 2), enforceable(1, 2));
		this.fixtures.file(district, "2023-06", ReturnStatus.DRAFT, enforceable(1, 2), enforceable(1, 2));
		this.fixtures.file(district, "2020-01", ReturnStatus.RETURNED, enforceable(1, 2), enforceable(1, 2));
		assertThat(this.engine.reportedPeriods(province))
			.contains(new ReportedPeriods(ReportingPeriod.of(2021, 3), ReportingPeriod.of(2023, 4)));
		assertThat(this.engine.reportedPeriods(district))
			.contains(new ReportedPeriods(ReportingPeriod.of(2021, 3), ReportingPeriod.of(2021, 3)));
		assertThat(this.engine.reportedPeriods(province).orElseThrow().latest())
			.isEqualTo(this.engine.latestSubmittedPeriod(province).orElseThrow());
	}

}
