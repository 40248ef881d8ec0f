package vn.thads.portal.planner;

import java.util.List;
import java.util.stream.Stream;

import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.period.ReportingPeriod;
import vn.thads.portal.stats.Basis;

/**
 * The sprint planner of an agency for a period: a plain view model that the page, the API
 * and a printed document (the meeting pack) read alike.
 *
 * @param total the agency and its whole subtree; its projection is the sum of its units'
 * ("if every unit keeps its pace")
 * @param units its own return alone and each direct unit, at risk first (worst first),
 * then by code; empty for an agency without units
 */
public record SprintPlan(AgencyRef agency, ReportingPeriod period, Basis basis, int monthsLeft, PlanRow total,
		List<PlanRow> units) {

	/** The agency's row, then the units'. */
	public List<PlanRow> rows() {
		return Stream.concat(Stream.of(this.total), this.units.stream()).toList();
	}

	/** How many units are at risk. */
	public long unitsAtRisk() {
		return this.units.stream().filter(PlanRow::atRisk).count();
	}

}
