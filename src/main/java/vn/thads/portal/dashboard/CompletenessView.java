package vn.thads.portal.dashboard;

import java.util.List;

import vn.thads.portal.stats.Completeness;
import vn.thads.portal.stats.UnitCounts;
import vn.thads.portal.stats.UnitState;

/**
 * Who has reported for the period: the engine's counts, the units that submitted late,
 * and the units whose return is not in (no return, a draft, one sent back), each with its
 * days late once the due day has passed. Both lists in the engine's order (most days late
 * first).
 */
public record CompletenessView(UnitCounts counts, List<UnitState> submittedLate, List<UnitState> missing) {

	static CompletenessView of(Completeness completeness) {
		return new CompletenessView(completeness.counts(),
				completeness.units().stream().filter((u) -> u.submitted() && u.late()).toList(),
				completeness.missing());
	}

	public boolean complete() {
		return this.missing.isEmpty();
	}

}
