package vn.thads.portal.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.thads.portal.agency.Reorganisation;
import vn.thads.portal.returns.Form;
import vn.thads.portal.stats.AgencyStats;
import vn.thads.portal.stats.Completeness;
import vn.thads.portal.stats.UnitBreakdown;
import vn.thads.portal.stats.UnitState;

/**
 * Builds a units table from the engine's breakdown and completeness of the same agency
 * and period: each row's figures from its stats, its return's state from the unit's state
 * (joined by code, nothing counted here).
 */
final class UnitsTables {

	private UnitsTables() {
	}

	static UnitsTable of(UnitBreakdown breakdown, Completeness completeness) {
		Map<String, UnitState> states = completeness.units()
			.stream()
			.collect(Collectors.toMap(UnitState::agencyCode, Function.identity()));
		List<UnitRow> rows = new ArrayList<>();
		for (AgencyStats stats : breakdown.units()) {
			// the central agency files no return of its own: no row for it (its sums are
			// 0)
			if (stats.ownReturnOnly() && stats.units().expected() == 0) {
				continue;
			}
			rows.add(row(stats, ReturnState.of(states.get(stats.agency().code()), stats.units()),
					!stats.ownReturnOnly()));
		}
		AgencyStats total = breakdown.total();
		return new UnitsTable(total.agency(), total.period(), total.basis(), List.copyOf(rows),
				row(total, ReturnState.of(null, total.units()), false));
	}

	private static UnitRow row(AgencyStats stats, ReturnState state, boolean drillable) {
		return new UnitRow(stats.agency(), stats.ownReturnOnly(), FormCells.of(Form.CASES, stats),
				FormCells.of(Form.MONEY, stats), state, drillable,
				"dashboard.units.own." + stats.agency().level().name() + Reorganisation.era(stats.period().to()));
	}

}
