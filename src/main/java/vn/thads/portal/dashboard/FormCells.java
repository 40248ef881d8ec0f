package vn.thads.portal.dashboard;

import java.math.BigDecimal;

import vn.thads.portal.returns.Derived;
import vn.thads.portal.returns.Form;
import vn.thads.portal.stats.AgencyStats;
import vn.thads.portal.stats.Gap;

/**
 * One form's cells of a units table row, copied from the engine's stats of the row.
 *
 * @param mustEnforce F, tổng số phải thi hành
 * @param withConditions G, số có điều kiện thi hành
 * @param resolved X, thi hành xong
 * @param rate R; null when nothing is enforceable
 * @param target the row's target; null without one
 * @param gap rate − target in points
 * @param stillNeeded still to resolve to reach the target; null without a target
 */
public record FormCells(long mustEnforce, long withConditions, long resolved, BigDecimal rate, BigDecimal target,
		Signed gap, Standing standing, Long stillNeeded) {

	static FormCells of(Form form, AgencyStats stats) {
		boolean cases = form == Form.CASES;
		Derived derived = (cases ? stats.cases() : stats.money()).derived();
		Gap gap = stats.gap();
		Signed toTarget = (gap != null) ? Signed.of(cases ? gap.casesPoints() : gap.moneyPoints()) : Signed.NONE;
		return new FormCells(derived.mustEnforce(), derived.withConditions(), derived.resolved(),
				derived.completionRate(), (stats.target() != null) ? Headline.rate(form, stats.target()) : null,
				toTarget, Standing.of(toTarget),
				(gap != null) ? (cases ? gap.casesNeeded() : gap.moneyNeeded()) : null);
	}

}
