package vn.thads.portal.stats;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import vn.thads.portal.agency.AgencyAdministration;
import vn.thads.portal.agency.AgencyDirectory;
import vn.thads.portal.agency.AgencyLevel;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.period.ReportingPeriod;
import vn.thads.portal.returns.Figures;
import vn.thads.portal.returns.ReturnStatus;
import vn.thads.portal.support.FullStack;
import vn.thads.portal.support.TestAgencies;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine across the 2025 reorganisation (domain.md §1a), on a structure of its own:
 * two former provinces P1 (units L1a, L1b) and P2 (unit L2a) closed on 30/06/2025, merged
 * into N from 01/07/2025 with offices K1 (successor of L1a and, primarily, of the split
 * L2a) and K2 (successor of L1b and, not primarily, of L2a).
 */
@FullStack
class AcrossTheSwitchTests {

	private static final LocalDate LONG_AGO = LocalDate.of(2010, 1, 1);

	private static final LocalDate CLOSED = LocalDate.of(2025, 6, 30);

	private static final LocalDate OPENED = LocalDate.of(2025, 7, 1);

	private static final ReportingPeriod BEFORE = ReportingPeriod.of(2025, 3);

	private static final ReportingPeriod AFTER = ReportingPeriod.of(2025, 9);

	@Autowired
	StatsEngine engine;

	@Autowired
	StatsFixtures fixtures;

	@Autowired
	TestAgencies agencies;

	@Autowired
	AgencyAdministration administration;

	@Autowired
	AgencyDirectory directory;

	AgencyRef p1;

	AgencyRef p2;

	AgencyRef l1a;

	AgencyRef l1b;

	AgencyRef l2a;

	AgencyRef n;

	AgencyRef k1;

	AgencyRef k2;

	@BeforeEach
	void structure() {
		// the tests' own central agency, so that the demo's totals stay untouched
		this.agencies.province();
		this.p1 = this.agencies.agency(AgencyLevel.PROVINCE, TestAgencies.ROOT, LONG_AGO, CLOSED, List.of());
		this.p2 = this.agencies.agency(AgencyLevel.PROVINCE, TestAgencies.ROOT, LONG_AGO, CLOSED, List.of());
		this.l1a = this.agencies.agency(AgencyLevel.LOCAL, this.p1.code(), LONG_AGO, CLOSED, List.of());
		this.l1b = this.agencies.agency(AgencyLevel.LOCAL, this.p1.code(), LONG_AGO, CLOSED, List.of());
		this.l2a = this.agencies.agency(AgencyLevel.LOCAL, this.p2.code(), LONG_AGO, CLOSED, List.of());
		this.n = this.agencies.agency(AgencyLevel.PROVINCE, TestAgencies.ROOT, OPENED, null,
				List.of(this.p1.code(), this.p2.code()));
		this.k1 = this.agencies.agency(AgencyLevel.LOCAL, this.n.code(), OPENED, null,
				List.of(this.l1a.code(), this.l2a.code()));
		this.k2 = this.agencies.agency(AgencyLevel.LOCAL, this.n.code(), OPENED, null,
				List.of(this.l1b.code(), this.l2a.code()));
		// each agency files distinct figures: resolved r of 3r enforceable cases, money
		// x1000
		fileYear(this.p1, 10);
		fileYear(this.p2, 20);
		fileYear(this.l1a, 100);
		fileYear(this.l1b, 200);
		fileYear(this.l2a, 400);
		fileAfter(this.n, 1_000);
		fileAfter(this.k1, 2_000);
		fileAfter(this.k2, 4_000);
	}

	private void fileYear(AgencyRef agency, long resolved) {
		for (String period : List.of("2024-03", "2024-09", "2025-03", "2025-06")) {
			file(agency, period, resolved);
		}
	}

	private void fileAfter(AgencyRef agency, long resolved) {
		for (String period : List.of("2025-07", "2025-09", "2026-03")) {
			file(agency, period, resolved);
		}
	}

	private void file(AgencyRef agency, String period, long resolved) {
		this.fixtures.file(agency, period, ReturnStatus.APPROVED, StatsFixtures.enforceable(resolved, 3 * resolved),
				StatsFixtures.enforceable(resolved * 1000, 3 * resolved * 1000));
	}

	private static long resolved(AgencyStats stats) {
		return stats.cases().derived().resolved();
	}

	@Test
	void beforeItExistedAPresentProvinceIsTheSumOfItsPredecessors() {
		AgencyStats merged = this.engine.stats(this.n, BEFORE, Basis.SUBMITTED);
		assertThat(resolved(merged)).isEqualTo(10 + 20 + 100 + 200 + 400);
		assertThat(merged.units().expected()).as("every predecessor's unit was expected then").isEqualTo(5);
		assertThat(merged.money().derived().resolved()).isEqualTo(730_000);
	}

	@Test
	void todaysUnitsAreListedForAnEarlierPeriodAndAddUp() {
		UnitBreakdown breakdown = this.engine.units(this.n, BEFORE, Basis.SUBMITTED);
		Map<String, AgencyStats> rows = breakdown.units()
			.stream()
			.collect(Collectors.toMap((r) -> (r.ownReturnOnly() ? "own" : r.agency().code()), Function.identity()));
		assertThat(rows).containsOnlyKeys("own", this.k1.code(), this.k2.code());
		assertThat(resolved(rows.get("own"))).as("the predecessors' own returns, not their subtrees")
			.isEqualTo(10 + 20);
		assertThat(resolved(rows.get(this.k1.code()))).as("L1a and the split L2a, counted under its primary")
			.isEqualTo(100 + 400);
		assertThat(resolved(rows.get(this.k2.code()))).as("L1b only: the split L2a is counted once").isEqualTo(200);
		long sum = breakdown.units().stream().mapToLong(AcrossTheSwitchTests::resolved).sum();
		assertThat(sum).isEqualTo(resolved(breakdown.total()));
	}

	@Test
	void theProvinceIsTheSumOfItsUnitsOnBothSidesOfTheSwitch() {
		for (String code : List.of("2024-09", "2025-03", "2025-06", "2025-07", "2025-09", "2026-03")) {
			ReportingPeriod period = ReportingPeriod.parse(code, 10);
			UnitBreakdown breakdown = this.engine.units(this.n, period, Basis.SUBMITTED);
			Figures sum = breakdown.units()
				.stream()
				.map((r) -> r.cases().figures())
				.reduce(Figures.ZERO, Figures::plus);
			assertThat(sum).as(code).isEqualTo(breakdown.total().cases().figures());
			assertThat(breakdown.total().cases().derived().resolved()).as(code).isPositive();
		}
	}

	@Test
	void samePeriodLastYearFollowsTheLinks() {
		AgencyStats after = this.engine.stats(this.n, AFTER, Basis.SUBMITTED);
		assertThat(resolved(after)).isEqualTo(1_000 + 2_000 + 4_000);
		assertThat(after.previousYear()).isNotNull();
		assertThat(after.previousYear().cases().derived().resolved()).as("P1 + P2 in 2024-09")
			.isEqualTo(10 + 20 + 100 + 200 + 400);
		AgencyStats office = this.engine.stats(this.k2, AFTER, Basis.SUBMITTED);
		assertThat(office.previousYear().cases().derived().resolved()).as("K2's cùng kỳ: L1b only").isEqualTo(200);
	}

	@Test
	void drillingIntoAPredecessorShowsItsOwnUnitsAsTheyWere() {
		UnitBreakdown former = this.engine.units(this.p1, BEFORE, Basis.SUBMITTED);
		assertThat(former.units()).extracting((r) -> r.ownReturnOnly() ? "own" : r.agency().code())
			.containsExactlyInAnyOrder("own", this.l1a.code(), this.l1b.code());
		assertThat(resolved(former.total())).isEqualTo(10 + 100 + 200);
		assertThat(this.engine.stats(this.p1, AFTER, Basis.SUBMITTED).units().expected())
			.as("a closed agency has nothing after it closed")
			.isZero();
	}

	@Test
	void theTrendIsContinuousAcrossTheSwitchWithAMarker() {
		Trend trend = this.engine.trend(this.n, AFTER, Basis.SUBMITTED);
		assertThat(trend.switchIndex()).isEqualTo(9);
		assertThat(trend.months().get(5).casesRate()).as("03/2025, from the predecessors").isNotNull();
		assertThat(trend.months().get(11).casesRate()).as("09/2025, from N's own units").isNotNull();
		assertThat(trend.months().get(5).lastYearCasesRate()).as("03/2024 of the predecessors").isNotNull();
	}

	@Test
	void agenciesAreNamedAsAtThePeriodsEnd() {
		AgencyRef renamed = this.agencies.agency(AgencyLevel.PROVINCE, TestAgencies.ROOT, LONG_AGO, null, List.of());
		this.administration.nameFrom(renamed.code(), OPENED, "Tên mới " + renamed.code(), "Mới");
		file(renamed, "2025-03", 5);
		file(renamed, "2025-09", 6);
		AgencyRef current = this.directory.getByCode(renamed.code());
		assertThat(this.engine.stats(current, BEFORE, Basis.SUBMITTED).agency().name())
			.isEqualTo("Đơn vị thử " + renamed.code());
		assertThat(this.engine.stats(current, AFTER, Basis.SUBMITTED).agency().name())
			.isEqualTo("Tên mới " + renamed.code());
		assertThat(current.names()).hasSize(2);
		List<UnitState> states = this.engine.completeness(this.n, BEFORE).units();
		assertThat(states).extracting(UnitState::agencyCode)
			.containsExactlyInAnyOrder(this.p1.code(), this.p2.code(), this.l1a.code(), this.l1b.code(),
					this.l2a.code());
	}

}
