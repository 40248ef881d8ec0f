package vn.thads.portal.dashboard;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import vn.thads.portal.agency.AgencyDirectory;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.period.ReportingCalendar;
import vn.thads.portal.period.ReportingPeriod;
import vn.thads.portal.returns.Form;
import vn.thads.portal.security.PortalUser;
import vn.thads.portal.shared.InvalidInputException;
import vn.thads.portal.stats.AgencyStats;
import vn.thads.portal.stats.Basis;
import vn.thads.portal.stats.Completeness;
import vn.thads.portal.stats.StatsEngine;
import vn.thads.portal.stats.UnitBreakdown;
import vn.thads.portal.support.DemoPrincipals;
import vn.thads.portal.support.FullStack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The dashboard's view records are the engine's numbers, picked and classified, never
 * recomputed: on the demo's Kiên Giang 2022-09 (the published KG22 figures) and the whole
 * country, every card, row and state equals what the engine answers for the same call.
 */
@FullStack
class DashboardViewTests {

	static final ReportingPeriod SEP_2022 = ReportingPeriod.of(2022, 9);

	@Autowired
	Dashboards dashboards;

	@Autowired
	StatsEngine engine;

	@Autowired
	AgencyDirectory directory;

	@Autowired
	ReportingCalendar calendar;

	static PortalUser user(String username) {
		return (PortalUser) DemoPrincipals.load(username);
	}

	@Test
	void kienGiang2022HeadlinesAreThePublishedFigures() {
		DashboardView view = this.dashboards.view(user("kg.lanhdao"), "KG", "2022-09", null);
		assertThat(view.periods().selected()).isEqualTo(SEP_2022);
		Headline cases = view.cases();
		assertThat(cases.rate()).isEqualByComparingTo("83.50");
		assertThat(cases.target()).isEqualByComparingTo("81.50");
		assertThat(cases.gap().value()).isEqualByComparingTo("2.00");
		assertThat(cases.gap().sign()).isEqualTo(Signed.Sign.UP);
		assertThat(cases.standing()).isEqualTo(Standing.REACHED);
		assertThat(cases.stillNeeded()).isZero();
		assertThat(cases.mustEnforce()).isEqualTo(20_352);
		assertThat(cases.withConditions()).isEqualTo(14_647);
		assertThat(cases.resolved()).isEqualTo(12_230);
		Headline money = view.money();
		assertThat(money.rate()).isEqualByComparingTo("57.79");
		assertThat(money.target()).isEqualByComparingTo("40.10");
		assertThat(money.gap().value()).isEqualByComparingTo("17.69");
		assertThat(money.resolved()).isEqualTo(1_165_081_049L);
		assertThat(money.lastYear()).isEqualTo(ReportingPeriod.of(2021, 9));
		assertThat(money.lastYearRate()).isEqualByComparingTo("47.89");
		assertThat(money.resolvedChange().value()).isEqualByComparingTo("47.30");
		assertThat(money.rateChange().value()).isEqualByComparingTo("9.90");
		assertThat(money.rateChange().sign()).isEqualTo(Signed.Sign.UP);
		assertThat(money.progressShown()).isFalse();
	}

	@Test
	void everyCardRowAndStateIsTheEnginesOwn() {
		AgencyRef ag = this.directory.getByCode("AG");
		DashboardView view = this.dashboards.view(user("ag.lanhdao"), "AG", "2026-10", null);
		ReportingPeriod period = ReportingPeriod.of(2026, 10);
		UnitBreakdown breakdown = this.engine.units(ag, period, Basis.SUBMITTED);
		Completeness completeness = this.engine.completeness(ag, period);

		assertHeadline(view.cases(), Form.CASES, breakdown.total());
		assertHeadline(view.money(), Form.MONEY, breakdown.total());
		assertThat(view.units().rows()).hasSize(breakdown.units().size());
		for (int i = 0; i < breakdown.units().size(); i++) {
			AgencyStats stats = breakdown.units().get(i);
			UnitRow row = view.units().rows().get(i);
			assertThat(row.agency()).isEqualTo(stats.agency());
			assertThat(row.own()).isEqualTo(stats.ownReturnOnly());
			assertCells(row.cases(), Form.CASES, stats);
			assertCells(row.money(), Form.MONEY, stats);
			assertThat(row.state().units()).isEqualTo(stats.units());
			completeness.units().stream().filter((u) -> u.agencyCode().equals(stats.agency().code())).forEach((u) -> {
				assertThat(row.state().late()).isEqualTo(u.late());
				assertThat(row.state().daysLate()).isEqualTo(u.daysLate());
				assertThat(row.state().status()).isEqualTo(u.status());
				assertThat(row.state().kind()).isEqualTo(u.approved() ? ReturnState.Kind.APPROVED
						: u.submitted() ? ReturnState.Kind.SUBMITTED : ReturnState.Kind.MISSING);
			});
		}
		assertCells(view.units().total().cases(), Form.CASES, breakdown.total());
		assertThat(view.completeness().counts()).isEqualTo(completeness.counts());
		assertThat(view.completeness().missing()).isEqualTo(completeness.missing());
		assertThat(view.completeness().submittedLate()).allMatch((u) -> u.late() && u.submitted());
		// the demo's open work of the last month: missing, a draft and a returned return
		assertThat(view.completeness().missing()).extracting((u) -> u.agencyCode())
			.contains("AG-KV14", "AG-KV07", "AG-KV06");
		assertThat(view.trend()).isEqualTo(this.engine.trend(ag, period, Basis.SUBMITTED));
	}

	@Test
	void rowsBelowTargetStandOutAndTheRankingIsByRate() {
		DashboardView view = this.dashboards.view(user("kg.lanhdao"), "KG", "2024-09", null);
		for (UnitRow row : view.units().rows()) {
			boolean below = row.cases().gap().value() != null && row.cases().gap().value().signum() < 0;
			assertThat(row.rowClass(Form.CASES)).as(row.agency().code()).isEqualTo(below ? "unit-below" : "");
			assertThat(view.units().behind(Form.CASES).contains(row)).isEqualTo(below);
		}
		assertThat(view.units().behind(Form.CASES)).isNotEmpty();
		List<BigDecimal> ranked = view.units()
			.ranked(Form.MONEY)
			.stream()
			.map((row) -> row.money().rate())
			.filter((rate) -> rate != null)
			.toList();
		assertThat(ranked).isSortedAccordingTo((a, b) -> b.compareTo(a));
	}

	@Test
	void theNationalDashboardsRowsAreTheProvinces() {
		DashboardView view = this.dashboards.view(user("tw.lanhdao"), "TW", "2022-09", null);
		assertThat(view.national()).isTrue();
		// the central agency files no return of its own: no row for it
		assertThat(view.units().rows()).noneMatch(UnitRow::own);
		// today's provinces, each with its predecessors' figures of 2022 (domain.md §1a)
		assertThat(view.units().rows()).extracting((row) -> row.agency().code()).contains("AG", "PT", "TN");
		assertThat(view.units().rows()).extracting((row) -> row.agency().code()).doesNotContain("KG", "VP", "LA");
		UnitRow ag = view.units()
			.rows()
			.stream()
			.filter((row) -> row.agency().code().equals("AG"))
			.findFirst()
			.orElseThrow();
		// Kiên Giang's 16 units and former An Giang's 12
		assertThat(ag.state().units().expected()).isEqualTo(28);
		assertThat(ag.state().units().submitted()).isEqualTo(28);
		assertThat(ag.state().summed()).isTrue();
		assertThat(ag.drillable()).isTrue();
		assertThat(view.dashboardUrl("AG")).isEqualTo("/dashboard/AG?period=2022-09");
	}

	@Test
	void aUnitHasItsOwnReturnAndNoUnitsTable() {
		DashboardView view = this.dashboards.view(user("ag-kv03.canbo"), "AG-KV03", "2026-10", "approved");
		assertThat(view.unit()).isTrue();
		assertThat(view.units()).isNull();
		assertThat(view.ownReturn().agencyCode()).isEqualTo("AG-KV03");
		assertThat(view.basis()).isEqualTo(Basis.APPROVED);
		// AG-KV03's 2026-10 return is only submitted: nothing approved is counted
		assertThat(view.counted()).isFalse();
		assertThat(view.returnUrl("AG-KV03")).isEqualTo("/returns/AG-KV03/2026-10");
		assertThat(view.periodUrl(ReportingPeriod.of(2026, 9)))
			.isEqualTo("/dashboard/AG-KV03?period=2026-09&basis=approved");
	}

	@Test
	void thePageOpensOnTheLatestReportedPeriodAndOffersOnlyEndedOnes() {
		AgencyRef ag = this.directory.getByCode("AG");
		DashboardView view = this.dashboards.view(user("ag.lanhdao"), "AG", null, null);
		ReportingPeriod latest = this.engine.latestSubmittedPeriod(ag).orElseThrow();
		assertThat(latest).isEqualTo(this.calendar.lastEnded());
		assertThat(view.periods().selected()).isEqualTo(latest);
		// the months of the year that have ended: October only, on 30/11/2026
		assertThat(view.periods().months()).hasSize(latest.months()).contains(latest);
		ReportingPeriod lastEnded = this.calendar.lastEnded();
		assertThat(view.periods().years().get(0).statYear()).isEqualTo(lastEnded.statYear());
		assertThat(view.periods().years()).extracting(PeriodChoice.Year::statYear)
			.contains(2021, 2022, 2023, 2024, 2025, 2026);
		assertThat(view.periods().years())
			.allMatch((year) -> year.period().hasEnded(this.calendar.today()) && year.period().months() <= 12);

		DashboardView current = this.dashboards.view(user("ag.lanhdao"), "AG", lastEnded.code(), null);
		assertThat(current.periods().months()).last().isEqualTo(lastEnded);
		assertThat(current.periods().next()).isNull();
		assertThatThrownBy(() -> this.dashboards.view(user("ag.lanhdao"), "AG", lastEnded.plusMonths(1).code(), null))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("dashboard.period.notEnded");
		assertThatThrownBy(() -> this.dashboards.view(user("ag.lanhdao"), "AG", "2022-13", null))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> this.dashboards.view(user("ag.lanhdao"), "AG", "2022-09", "all"))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	void theApprovedBasisLeavesOutTheReturnWaitingForApproval() {
		DashboardView submitted = this.dashboards.view(user("kg.lanhdao"), "KG", "2022-09", null);
		DashboardView approved = this.dashboards.view(user("kg.lanhdao"), "KG", "2022-09", "approved");
		AgencyRef kg = this.directory.getByCode("KG");
		AgencyStats engine = this.engine.stats(kg, SEP_2022, Basis.APPROVED);
		assertThat(approved.cases().resolved()).isEqualTo(engine.cases().derived().resolved())
			.isLessThan(submitted.cases().resolved());
		assertThat(approved.basisParameter()).isEqualTo("approved");
		assertThat(approved.exportUrl("csv")).isEqualTo("/dashboard/KG/units.csv?period=2022-09&basis=approved");
	}

	private static void assertHeadline(Headline headline, Form form, AgencyStats stats) {
		boolean cases = form == Form.CASES;
		var derived = (cases ? stats.cases() : stats.money()).derived();
		assertThat(headline.rate()).isEqualTo(derived.completionRate());
		assertThat(headline.mustEnforce()).isEqualTo(derived.mustEnforce());
		assertThat(headline.withConditions()).isEqualTo(derived.withConditions());
		assertThat(headline.resolved()).isEqualTo(derived.resolved());
		assertThat(headline.target()).isEqualTo(cases ? stats.target().casesRate() : stats.target().moneyRate());
		assertThat(headline.gap().value()).isEqualTo(cases ? stats.gap().casesPoints() : stats.gap().moneyPoints());
		assertThat(headline.stillNeeded()).isEqualTo(cases ? stats.gap().casesNeeded() : stats.gap().moneyNeeded());
		assertThat(headline.progressTarget())
			.isEqualTo(cases ? stats.progressTarget().casesRate() : stats.progressTarget().moneyRate());
		assertThat(headline.progressGap().value())
			.isEqualTo(cases ? stats.gap().casesProgressPoints() : stats.gap().moneyProgressPoints());
		assertThat(headline.rateChange().value())
			.isEqualTo(cases ? stats.change().casesRatePoints() : stats.change().moneyRatePoints());
		assertThat(headline.resolvedChange().value())
			.isEqualTo(cases ? stats.change().casesResolvedPct() : stats.change().moneyResolvedPct());
	}

	private static void assertCells(FormCells cells, Form form, AgencyStats stats) {
		boolean cases = form == Form.CASES;
		var derived = (cases ? stats.cases() : stats.money()).derived();
		assertThat(cells.mustEnforce()).isEqualTo(derived.mustEnforce());
		assertThat(cells.withConditions()).isEqualTo(derived.withConditions());
		assertThat(cells.resolved()).isEqualTo(derived.resolved());
		assertThat(cells.rate()).isEqualTo(derived.completionRate());
		if (stats.gap() != null) {
			assertThat(cells.gap().value()).isEqualTo(cases ? stats.gap().casesPoints() : stats.gap().moneyPoints());
			assertThat(cells.stillNeeded()).isEqualTo(cases ? stats.gap().casesNeeded() : stats.gap().moneyNeeded());
		}
		else {
			assertThat(cells.gap()).isEqualTo(Signed.NONE);
		}
	}

}
