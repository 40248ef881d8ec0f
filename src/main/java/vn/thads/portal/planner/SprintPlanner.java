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

	private final PlannerKeyCases keyCases;

	SprintPlanner(AgencyScope scope, StatsEngine engine, ReportingCalendar calendar, PlannerHistory history,
			PlannerKeyCases keyCases) {
		this.scope = scope;
		this.engine = engine;
		this.calendar = calendar;
		this.history = history;
		this.keyCases = keyCases;
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

	/**
	 * The planner of an agency the caller has already checked, with what the open key
	 * cases of each row could cover.
	 */
	public SprintPlan plan(AgencyRef agency, ReportingPeriod period, Basis basis) {
		return this.keyCases.covered(figures(agency, period, basis));
	}

	private SprintPlan figures(AgencyRef agency, ReportingPeriod period, Basis basis) {
		int monthsLeft = SprintArithmetic.monthsLeft(period);
		PlannerHistory.Past past = this.history.past(agency, period, basis);
		AgencyRef named = agency.asOn(period.to());
		if (agency.level() == AgencyLevel.LOCAL) {
			return new SprintPlan(named, period, basis, monthsLeft,
					row(new Part(this.engine.stats(agency, period, basis), past, null), period.months()), List.of());
		}
		UnitBreakdown breakdown = this.engine.units(agency, period, basis);
		List<Part> parts = parts(breakdown, past, period, basis);
		List<PlanRow> rows = new ArrayList<>(parts.stream().map((part) -> row(part, period.months())).toList());
		rows.sort(Comparator.comparing((PlanRow r) -> !r.atRisk())
			.thenComparing((PlanRow r) -> r.atRisk() ? r.worstMargin() : null,
					Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing((PlanRow r) -> !r.ownReturnOnly())
			.thenComparing((PlanRow r) -> r.agency().code()));
		return new SprintPlan(named, period, basis, monthsLeft,
				row(new Part(breakdown.total(), past, sum(parts, period.months())), period.months()),
				List.copyOf(rows));
	}

	/**
	 * The rows below an agency: its own return alone (unless it files none, as TW) and
	 * each direct unit, with their past years; a unit with units of its own is projected
	 * as the sum of theirs, as its own planner projects it, so that a province's
	 * projection is the same in the nation's planner and in its own.
	 */
	private List<Part> parts(UnitBreakdown breakdown, PlannerHistory.Past total, ReportingPeriod period, Basis basis) {
		Map<String, PlannerHistory.Past> units = new LinkedHashMap<>();
		for (AgencyStats unit : breakdown.units()) {
			if (!unit.ownReturnOnly()) {
				units.put(unit.agency().code(), this.history.past(unit.agency(), period, basis));
			}
		}
		// the rows add up to the agency (api.md, Statistics): its own return is the rest
		PlannerHistory.Past own = total.minus(units.values());
		List<Part> parts = new ArrayList<>();
		for (AgencyStats unit : breakdown.units()) {
			if (unit.ownReturnOnly()) {
				if (unit.units().submitted() > 0 || unit.cases().derived().withConditions() > 0) {
					parts.add(new Part(unit, own, null));
				}
			}
			else {
				PlannerHistory.Past past = units.get(unit.agency().code());
				Projections projections = null;
				if (unit.agency().level() != AgencyLevel.LOCAL) {
					projections = sum(parts(this.engine.units(unit.agency(), period, basis), past, period, basis),
							period.months());
				}
				parts.add(new Part(unit, past, projections));
			}
		}
		return parts;
	}

	/**
	 * @param part a row's figures; its projections those of its units when it has any,
	 * else null to project the row's own figures
	 */
	private static PlanRow row(Part part, int months) {
		AgencyStats stats = part.stats();
		boolean reported = stats.units().submitted() > 0 || stats.cases().derived().withConditions() > 0;
		Standing casesNow = Standing.of(stats.cases().derived(), reported);
		Standing moneyNow = Standing.of(stats.money().derived(), reported);
		Projections projections = (part.projections() != null) ? part.projections()
				: new Projections(SprintArithmetic.project(casesNow, part.past().cases(), months),
						SprintArithmetic.project(moneyNow, part.past().money(), months));
		return new PlanRow(stats.agency(), stats.ownReturnOnly(),
				SprintArithmetic.formPlan(stats.cases().derived().completionRate(),
						(stats.target() != null) ? stats.target().casesRate() : null,
						(stats.gap() != null) ? stats.gap().casesNeeded() : null, casesNow, part.past().cases(), months,
						projections.cases()),
				SprintArithmetic.formPlan(stats.money().derived().completionRate(),
						(stats.target() != null) ? stats.target().moneyRate() : null,
						(stats.gap() != null) ? stats.gap().moneyNeeded() : null, moneyNow, part.past().money(), months,
						projections.money()),
				KeyCaseCover.none((stats.gap() != null) ? stats.gap().moneyNeeded() : null));
	}

	/** "If every unit keeps its pace": the rows' projections added up. */
	private static Projections sum(List<Part> parts, int months) {
		List<PlanRow> rows = parts.stream().map((part) -> row(part, months)).toList();
		return new Projections(sum(rows.stream().map((r) -> r.cases().projection()).toList()),
				sum(rows.stream().map((r) -> r.money().projection()).toList()));
	}

	private static Projection sum(List<Projection> parts) {
		Projection sum = null;
		for (Projection part : parts) {
			if (part != null) {
				sum = (sum == null) ? part : sum.plus(part);
			}
		}
		return sum;
	}

	/** A row's figures, its past years, and its projections when they are its units'. */
	private record Part(AgencyStats stats, PlannerHistory.Past past, Projections projections) {

	}

	private record Projections(Projection cases, Projection money) {

	}

}
