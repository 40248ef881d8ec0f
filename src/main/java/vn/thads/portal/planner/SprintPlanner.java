package vn.thads.portal.planner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import vn.thads.portal.agency.AgencyLevel;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.agency.AgencyScope;
import vn.thads.portal.period.ReportingCalendar;
import vn.thads.portal.period.ReportingPeriod;
import vn.thads.portal.security.PortalUser;
import vn.thads.portal.shared.InvalidInputException;
import vn.thads.portal.stats.AgencyStats;
import vn.thads.portal.stats.Basis;
import vn.thads.portal.stats.StatsEngine;
import vn.thads.portal.stats.UnitBreakdown;

/**
 * Builds the sprint planner (domain.md §10): scope first ({@link AgencyScope}, as the
 * statistics), then the engine's units breakdown (rates, targets, still needed) and each
 * row's monthly figures of this year and the last three ({@link PlannerHistory}); the
 * formulas are {@link SprintArithmetic}'s.
 */
@Service
public class SprintPlanner {

	private final AgencyScope scope;

	private final StatsEngine engine;

	private final ReportingCalendar calendar;

	private final PlannerHistory history;

	SprintPlanner(AgencyScope scope, StatsEngine engine, ReportingCalendar calendar, PlannerHistory history) {
		this.scope = scope;
		this.engine = engine;
		this.calendar = calendar;
		this.history = history;
	}

	/**
	 * @param periodCode {@code YYYY-MM}, or null for the latest period the subtree
	 * reported
	 * @param basisCode {@code approved}, or null for submitted and approved returns
	 * @throws AccessDeniedException outside the user's scope
	 * @throws InvalidInputException for a malformed period or basis
	 */
	public SprintPlan plan(PortalUser user, String agencyCode, String periodCode, String basisCode) {
		AgencyRef agency = this.scope.requireView(user, agencyCode);
		Basis basis = Basis.parse(basisCode);
		ReportingPeriod period = (periodCode == null || periodCode.isBlank())
				? this.engine.latestSubmittedPeriod(agency).orElseGet(this.calendar::lastEnded)
				: this.calendar.parse(periodCode.strip());
		return plan(agency, period, basis);
	}

	/** The planner of an agency the caller has already checked. */
	public SprintPlan plan(AgencyRef agency, ReportingPeriod period, Basis basis) {
		int months = period.months();
		int monthsLeft = SprintArithmetic.monthsLeft(period);
		PlannerHistory.Past total = this.history.past(agency, period, basis);
		if (agency.level() == AgencyLevel.LOCAL) {
			AgencyStats stats = this.engine.stats(agency, period, basis);
			return new SprintPlan(agency.asOn(period.to()), period, basis, monthsLeft,
					row(stats, total, months, null, null), List.of());
		}
		UnitBreakdown breakdown = this.engine.units(agency, period, basis);
		Map<String, PlannerHistory.Past> units = new LinkedHashMap<>();
		for (AgencyStats unit : breakdown.units()) {
			if (!unit.ownReturnOnly()) {
				units.put(unit.agency().code(), this.history.past(unit.agency(), period, basis));
			}
		}
		// the rows add up to the agency (api.md, Statistics): its own return is the rest
		PlannerHistory.Past own = total.minus(units.values());
		List<PlanRow> rows = new ArrayList<>();
		for (AgencyStats unit : breakdown.units()) {
			if (unit.ownReturnOnly() && unit.units().submitted() == 0 && unit.cases().derived().withConditions() == 0) {
				continue; // an agency that files no return of its own (TW)
			}
			rows.add(row(unit, unit.ownReturnOnly() ? own : units.get(unit.agency().code()), months, null, null));
		}
		Projection cases = sum(rows.stream().map((r) -> r.cases().projection()).toList());
		Projection money = sum(rows.stream().map((r) -> r.money().projection()).toList());
		rows.sort(Comparator.comparing((PlanRow r) -> !r.atRisk())
			.thenComparing((PlanRow r) -> r.atRisk() ? r.worstMargin() : null,
					Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing((PlanRow r) -> !r.ownReturnOnly())
			.thenComparing((PlanRow r) -> r.agency().code()));
		return new SprintPlan(agency.asOn(period.to()), period, basis, monthsLeft,
				row(breakdown.total(), total, months, cases, money), List.copyOf(rows));
	}

	/**
	 * @param cases the projection by cases when it is the units' sum; null to project the
	 * row's own figures
	 */
	private static PlanRow row(AgencyStats stats, PlannerHistory.Past past, int months, Projection cases,
			Projection money) {
		boolean reported = stats.units().submitted() > 0 || stats.cases().derived().withConditions() > 0;
		Standing casesNow = Standing.of(stats.cases().derived(), reported);
		Standing moneyNow = Standing.of(stats.money().derived(), reported);
		return new PlanRow(stats.agency(), stats.ownReturnOnly(),
				SprintArithmetic.formPlan(stats.cases().derived().completionRate(),
						(stats.target() != null) ? stats.target().casesRate() : null,
						(stats.gap() != null) ? stats.gap().casesNeeded() : null, casesNow, past.cases(), months,
						(cases != null) ? cases : SprintArithmetic.project(casesNow, past.cases(), months)),
				SprintArithmetic.formPlan(stats.money().derived().completionRate(),
						(stats.target() != null) ? stats.target().moneyRate() : null,
						(stats.gap() != null) ? stats.gap().moneyNeeded() : null, moneyNow, past.money(), months,
						(money != null) ? money : SprintArithmetic.project(moneyNow, past.money(), months)),
				null);
	}

	/** "If every unit keeps its pace": the units' projections added up. */
	private static Projection sum(List<Projection> parts) {
		Projection sum = null;
		for (Projection part : parts) {
			if (part != null) {
				sum = (sum == null) ? part : sum.plus(part);
			}
		}
		return sum;
	}

}
