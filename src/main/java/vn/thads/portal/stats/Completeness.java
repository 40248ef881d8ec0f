package vn.thads.portal.stats;

import java.util.List;

import vn.thads.portal.period.ReportingPeriod;

/**
 * Who has reported for a period: the counts and every expected unit, late ones first
 * (most days late first), then missing ones, then the rest by code.
 */
public record Completeness(ReportingPeriod period, UnitCounts counts, List<UnitState> units) {

	public List<UnitState> late() {
		return this.units.stream().filter(UnitState::late).toList();
	}

	public List<UnitState> missing() {
		return this.units.stream().filter(UnitState::missing).toList();
	}

}
