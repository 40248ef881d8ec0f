package vn.thads.portal.dashboard;

import java.util.List;
import java.util.Set;

import vn.thads.portal.stats.Completeness;
import vn.thads.portal.stats.UnitCounts;
import vn.thads.portal.stats.UnitState;

/**
 * Who has reported for the period: the engine's counts for the whole subtree, and, among
 * the returns a leader of this level follows (the agency's own and its direct units'),
 * those submitted late and those not in (no return, a draft, one sent back), each with
 * its days late once the due day has passed. Both lists in the engine's order (most days
 * late first). The country's district offices are named on their province's dashboard,
 * not here: hundreds of names would hide the provinces behind.
 *
 * @param deeper the counts include units below the direct ones (their names are one level
 * down)
 */
public record CompletenessView(UnitCounts counts, List<UnitState> submittedLate, List<UnitState> missing,
		boolean deeper) {

	/**
	 * @param followed the codes of the returns listed by name: the agency's own and its
	 * direct units'
	 */
	static CompletenessView of(Completeness completeness, Set<String> followed) {
		List<UnitState> listed = completeness.units()
			.stream()
			.filter((u) -> followed.contains(u.agencyCode()))
			.toList();
		return new CompletenessView(completeness.counts(),
				listed.stream().filter((u) -> u.submitted() && u.late()).toList(),
				listed.stream().filter(UnitState::missing).toList(), listed.size() < completeness.units().size());
	}

	public boolean complete() {
		return this.missing.isEmpty();
	}

}
