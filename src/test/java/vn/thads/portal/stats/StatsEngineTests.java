package vn.thads.portal.stats;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import vn.thads.portal.agency.AgencyDirectory;
import vn.thads.portal.agency.AgencyLevel;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.period.ReportingPeriod;
import vn.thads.portal.returns.Figures;
import vn.thads.portal.returns.ReturnStatus;
import vn.thads.portal.support.FullStack;
import vn.thads.portal.support.TestAgencies;
import vn.thads.portal.target.TargetRates;
import vn.thads.portal.target.Targets;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thads.portal.stats.PublishedFiguresTests.KG21_MONEY;
import static vn.thads.portal.stats.PublishedFiguresTests.KG22_CASES;
import static vn.thads.portal.stats.PublishedFiguresTests.KG22_MONEY;
import static vn.thads.portal.stats.StatsFixtures.VIETNAM;
import static vn.thads.portal.stats.StatsFixtures.enforceable;

/** The engine on the embedded PostgreSQL, with returns of its own test agencies. */
@FullStack
class StatsEngineTests {

	static final ReportingPeriod SEP_2022 = ReportingPeriod.of(2022, 9);

	@Autowired
	StatsEngine engine;

	@Autowired
	Targets targets;

	@Autowired
	AgencyDirectory directory;

	@Autowired
	StatsFixtures fixtures;

	@Autowired
	TestAgencies agencies;

	/**
	 * A province shaped like Kiên Giang 2022: its own return and two districts add up to
	 * the published KG22 forms, and 2021 to the published money resolved.
	 */
	AgencyRef kienGiangLike() {
		AgencyRef province = this.agencies.province();
		AgencyRef d1 = this.agencies.local(province);
		AgencyRef d2 = this.agencies.local(province);
		Figures c1 = new Figures(1_000, 2_000, 0, 0, 500, 1_500, 10, 0, 300, 0, 0, 0);
		Figures c2 = new Figures(2_000, 3_000, 0, 0, 1_000, 3_000, 50, 0, 600, 0, 0, 0);
		Figures m1 = new Figures(200_000_000L, 500_000_000L, 10_000_000L, 0, 300_000_000L, 250_000_000L, 0, 0,
				100_000_000L, 0, 0, 0);
		Figures m2 = new Figures(300_000_000L, 600_000_000L, 20_000_000L, 0, 400_000_000L, 300_000_000L, 0, 0,
				200_000_000L, 0, 0, 0);
		this.fixtures.file(d1, "2022-09", ReturnStatus.APPROVED, c1, m1);
		this.fixtures.file(d2, "2022-09", ReturnStatus.SUBMITTED, c2, m2);
		this.fixtures.file(province, "2022-09", ReturnStatus.APPROVED, KG22_CASES.minus(c1).minus(c2),
				KG22_MONEY.minus(m1).minus(m2));
		this.fixtures.file(province, "2021-09", ReturnStatus.APPROVED, enforceable(9_000, 12_000), KG21_MONEY);
		this.targets.assign(province.id(), 2022, new TargetRates(new BigDecimal("81.50"), new BigDecimal("40.10")),
				"test");
		return province;
	}

	@Test
	void aProvinceSumsItsOwnReturnAndItsUnitsToThePublishedFigures() {
		AgencyStats kg = this.engine.stats(kienGiangLike(), SEP_2022, Basis.SUBMITTED);
		assertThat(kg.cases().figures()).isEqualTo(KG22_CASES);
		assertThat(kg.cases().derived().completionRate()).isEqualByComparingTo("83.50");
		assertThat(kg.money().derived().completionRate()).isEqualByComparingTo("57.79");
		assertThat(kg.money().derived().conditionsShare()).isEqualByComparingTo("59.20");
		assertThat(kg.target().moneyRate()).isEqualByComparingTo("40.10");
		assertThat(kg.gap().moneyPoints()).isEqualByComparingTo("17.69");
		assertThat(kg.gap().moneyNeeded()).isZero();
		assertThat(kg.previousYear().period()).isEqualTo(ReportingPeriod.of(2021, 9));
		assertThat(kg.previousYear().money().derived().resolved()).isEqualTo(790_981_267L);
		assertThat(kg.change().moneyResolvedPct()).isEqualByComparingTo("47.30");
		assertThat(kg.change().moneyRatePoints()).isEqualByComparingTo("9.90");
		assertThat(kg.units()).isEqualTo(new UnitCounts(3, 3, 2, 0, 0));
	}

	@Test
	void theApprovedBasisCountsOnlyApprovedReturns() {
		AgencyRef province = kienGiangLike();
		AgencyStats approved = this.engine.stats(province, SEP_2022, Basis.APPROVED);
		AgencyStats submitted = this.engine.stats(province, SEP_2022, Basis.SUBMITTED);
		// the second district's return is only submitted
		assertThat(submitted.cases().figures().minus(approved.cases().figures()))
			.isEqualTo(new Figures(2_000, 3_000, 0, 0, 1_000, 3_000, 50, 0, 600, 0, 0, 0));
		assertThat(approved.units()).isEqualTo(submitted.units());
	}

	@Test
	void unitRowsAreTheOwnReturnThenEachDistrictAndAddUpToTheProvince() {
		AgencyRef province = kienGiangLike();
		UnitBreakdown breakdown = this.engine.units(province, SEP_2022, Basis.SUBMITTED);
		assertThat(breakdown.units()).hasSize(3);
		assertThat(breakdown.units().get(0).ownReturnOnly()).isTrue();
		assertThat(breakdown.units().get(0).agency()).isEqualTo(province);
		Figures cases = Figures.ZERO;
		Figures money = Figures.ZERO;
		for (AgencyStats row : breakdown.units()) {
			cases = cases.plus(row.cases().figures());
			money = money.plus(row.money().figures());
		}
		assertThat(cases).isEqualTo(breakdown.total().cases().figures()).isEqualTo(KG22_CASES);
		assertThat(money).isEqualTo(KG22_MONEY);
		assertThat(breakdown.total()).isEqualTo(this.engine.stats(province, SEP_2022, Basis.SUBMITTED));
		// the districts have no targets of their own yet
		assertThat(breakdown.units().get(1).target()).isNull();
		assertThat(breakdown.units().get(0).target().casesRate()).isEqualByComparingTo("81.50");
	}

	@Test
	void lateAndMissingUnitsByWorkingDayDeadlinesOfAPeriodEndingOnAFriday() {
		// 30/09/2022 is a Friday: districts are due Tue 04/10, the province Thu 06/10
		AgencyRef province = this.agencies.province();
		List<AgencyRef> d = List.of(this.agencies.local(province), this.agencies.local(province),
				this.agencies.local(province), this.agencies.local(province), this.agencies.local(province));
		Figures some = enforceable(1, 2);
		this.fixtures.file(province, "2022-09", ReturnStatus.SUBMITTED, some, some, at(2022, 10, 6, 23, 59));
		this.fixtures.file(d.get(0), "2022-09", ReturnStatus.APPROVED, some, some, at(2022, 10, 4, 23, 59));
		this.fixtures.file(d.get(1), "2022-09", ReturnStatus.SUBMITTED, some, some, at(2022, 10, 5, 0, 0));
		this.fixtures.file(d.get(2), "2022-09", ReturnStatus.DRAFT, some, some, null);
		// d3 has no return at all; d4 was submitted on time, then sent back
		this.fixtures.file(d.get(4), "2022-09", ReturnStatus.RETURNED, some, some, at(2022, 10, 3, 10, 0));

		AgencyStats stats = this.engine.stats(province, SEP_2022, Basis.SUBMITTED);
		assertThat(stats.units()).isEqualTo(new UnitCounts(6, 3, 1, 3, 3));
		assertThat(stats.cases().derived().resolved()).isEqualTo(3);

		Completeness completeness = this.engine.completeness(province, SEP_2022);
		assertThat(completeness.counts()).isEqualTo(stats.units());
		assertThat(completeness.late()).extracting(UnitState::agencyCode)
			.containsExactlyInAnyOrder(d.get(1).code(), d.get(2).code(), d.get(3).code());
		assertThat(completeness.missing()).extracting(UnitState::agencyCode)
			.containsExactlyInAnyOrder(d.get(2).code(), d.get(3).code(), d.get(4).code());
		UnitState oneDay = completeness.units()
			.stream()
			.filter((u) -> u.agencyCode().equals(d.get(1).code()))
			.findFirst()
			.orElseThrow();
		assertThat(oneDay.daysLate()).isEqualTo(1);
		assertThat(oneDay.dueDate()).isEqualTo(LocalDate.of(2022, 10, 4));
		long stillOut = ChronoUnit.DAYS.between(LocalDate.of(2022, 10, 4), LocalDate.now(VIETNAM));
		assertThat(completeness.units().get(0).daysLate()).isBetween(stillOut - 1, stillOut + 1);
		assertThat(completeness.units()).filteredOn((u) -> u.agencyCode().equals(province.code()))
			.singleElement()
			.satisfies((u) -> {
				assertThat(u.dueDate()).isEqualTo(LocalDate.of(2022, 10, 6));
				assertThat(u.late()).isFalse();
			});
	}

	@Test
	void aPeriodEndingOnASaturdayIsDueAfterTwoWorkingDays() {
		// 30/04/2022 is a Saturday: Monday 02/05 and Tuesday 03/05 are the working days
		AgencyRef province = this.agencies.province();
		AgencyRef onTime = this.agencies.local(province);
		AgencyRef late = this.agencies.local(province);
		Figures some = enforceable(1, 2);
		this.fixtures.file(province, "2022-04", ReturnStatus.SUBMITTED, some, some, at(2022, 5, 5, 8, 0));
		this.fixtures.file(onTime, "2022-04", ReturnStatus.SUBMITTED, some, some, at(2022, 5, 3, 20, 0));
		this.fixtures.file(late, "2022-04", ReturnStatus.SUBMITTED, some, some, at(2022, 5, 4, 8, 0));
		Completeness completeness = this.engine.completeness(province, ReportingPeriod.of(2022, 4));
		assertThat(completeness.late()).extracting(UnitState::agencyCode).containsExactly(late.code());
		assertThat(completeness.late().get(0).dueDate()).isEqualTo(LocalDate.of(2022, 5, 3));
		assertThat(completeness.counts().late()).isEqualTo(1);
	}

	@Test
	void nobodyIsLateBeforeTheDueDay() {
		AgencyRef province = this.agencies.province();
		this.agencies.local(province);
		ReportingPeriod thisMonth = ReportingPeriod.of(YearMonth.now(VIETNAM).getYear(),
				YearMonth.now(VIETNAM).getMonthValue());
		AgencyStats stats = this.engine.stats(province, thisMonth, Basis.SUBMITTED);
		assertThat(stats.units()).isEqualTo(new UnitCounts(2, 0, 0, 2, 0));
	}

	@Test
	void anAgencyWithoutReturnsHasNoRatesNoGapValueAndNoPreviousYear() {
		AgencyRef province = this.agencies.province();
		this.targets.assign(province.id(), 2022, new TargetRates(new BigDecimal("80.00"), new BigDecimal("40.00")),
				"test");
		AgencyStats stats = this.engine.stats(province, SEP_2022, Basis.SUBMITTED);
		assertThat(stats.cases().derived().completionRate()).isNull();
		assertThat(stats.gap().casesPoints()).isNull();
		assertThat(stats.gap().casesNeeded()).isZero();
		assertThat(stats.previousYear()).isNull();
		assertThat(stats.change()).isNull();
		assertThat(stats.units()).isEqualTo(new UnitCounts(1, 0, 0, 1, 1));
	}

	@Test
	void aSuccessorComparesWithItsPredecessorsSamePeriodLastYear() {
		AgencyRef province = this.agencies.province();
		LocalDate switchDay = LocalDate.of(2025, 7, 1);
		AgencyRef old1 = this.agencies.agency(AgencyLevel.LOCAL, province.code(), LocalDate.of(2010, 1, 1),
				switchDay.minusDays(1), List.of());
		AgencyRef old2 = this.agencies.agency(AgencyLevel.LOCAL, province.code(), LocalDate.of(2010, 1, 1),
				switchDay.minusDays(1), List.of());
		AgencyRef regional = this.agencies.agency(AgencyLevel.LOCAL, province.code(), switchDay, null,
				List.of(old1.code(), old2.code()));
		this.fixtures.file(old1, "2024-09", ReturnStatus.APPROVED, enforceable(100, 200), enforceable(1_000, 4_000));
		this.fixtures.file(old2, "2024-09", ReturnStatus.APPROVED, enforceable(50, 100), enforceable(500, 2_000));
		this.fixtures.file(regional, "2025-09", ReturnStatus.SUBMITTED, enforceable(180, 300),
				enforceable(2_000, 6_000));
		ReportingPeriod sep2025 = ReportingPeriod.of(2025, 9);

		AgencyStats stats = this.engine.stats(regional, sep2025, Basis.SUBMITTED);
		assertThat(stats.previousYear().cases().derived().resolved()).isEqualTo(150);
		assertThat(stats.previousYear().money().derived().withConditions()).isEqualTo(6_000);
		assertThat(stats.change().casesResolvedPct()).isEqualByComparingTo("20.00");
		assertThat(stats.change().casesRatePoints()).isEqualByComparingTo("10.00");
		// only the regional office is expected now: its predecessors have ended
		UnitBreakdown units = this.engine.units(province, sep2025, Basis.SUBMITTED);
		assertThat(units.units()).extracting((row) -> row.agency().code())
			.containsExactly(province.code(), regional.code());
		assertThat(units.total().units().expected()).isEqualTo(2);
		assertThat(units.total().previousYear().cases().derived().resolved()).isEqualTo(150);
		assertThat(units.units().get(1).previousYear().cases().derived().resolved()).isEqualTo(150);
	}

	@Test
	void theMonthsOwnFlowAndTheMonthlySeries() {
		AgencyRef province = this.agencies.province();
		this.fixtures.file(province, "2022-07", ReturnStatus.APPROVED, enforceable(100, 400), enforceable(10, 40));
		this.fixtures.file(province, "2022-08", ReturnStatus.APPROVED, enforceable(130, 420), enforceable(20, 40));
		this.fixtures.file(province, "2021-08", ReturnStatus.APPROVED, enforceable(90, 400), enforceable(5, 40));
		AgencyStats august = this.engine.stats(province, ReportingPeriod.of(2022, 8), Basis.SUBMITTED);
		assertThat(august.monthFlow().casesResolved()).isEqualTo(30);
		assertThat(august.monthFlow().moneyResolved()).isEqualTo(10);

		MonthlySeries series = this.engine.series(province, ReportingPeriod.of(2022, 8), Basis.SUBMITTED);
		assertThat(series.thisYear()).hasSize(11);
		assertThat(series.lastYear()).hasSize(12);
		assertThat(series.thisYear().get(0).period()).isEqualTo(ReportingPeriod.of(2021, 10));
		assertThat(series.thisYear().get(9).cases().derived().completionRate()).isEqualByComparingTo("25.00");
		assertThat(series.thisYear().get(10).cases().derived().completionRate()).isEqualByComparingTo("30.95");
		assertThat(series.thisYear().get(8).counted()).isZero();
		assertThat(series.thisYear().get(8).cases().derived().completionRate()).isNull();
		assertThat(series.lastYear().get(10).period()).isEqualTo(ReportingPeriod.of(2021, 8));
		assertThat(series.lastYear().get(10).cases().derived().completionRate()).isEqualByComparingTo("22.50");
	}

	@Test
	void theLatestPeriodWithSubmittedReturns() {
		AgencyRef province = this.agencies.province();
		AgencyRef district = this.agencies.local(province);
		assertThat(this.engine.latestSubmittedPeriod(province)).isEmpty();
		this.fixtures.file(district, "2023-03", ReturnStatus.SUBMITTED, enforceable(1, 2), enforceable(1, 2));
		this.fixtures.file(district, "2023-04", ReturnStatus.DRAFT, enforceable(1, 2), enforceable(1, 2));
		assertThat(this.engine.latestSubmittedPeriod(province)).contains(ReportingPeriod.of(2023, 3));
	}

	@Test
	void theCentralAgencyFilesNoReturnOfItsOwn() {
		AgencyRef central = this.directory.getByCode("TW");
		UnitBreakdown units = this.engine.units(central, ReportingPeriod.of(2019, 9), Basis.SUBMITTED);
		assertThat(units.units().get(0).ownReturnOnly()).isTrue();
		assertThat(units.units().get(0).units().expected()).isZero();
		int expected = units.units().stream().mapToInt((row) -> row.units().expected()).sum();
		assertThat(units.total().units().expected()).isEqualTo(expected).isPositive();
	}

	private static Instant at(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute).atZone(VIETNAM).toInstant();
	}

}
