package vn.thads.portal.planner;

import java.math.BigDecimal;

import vn.thads.portal.shared.Percent;

/**
 * How much of the money still needed a unit's open key cases could cover (issue 15, item
 * 2; {@link SprintArithmetic#cover}): the open cases of the row's subtree in the key-case
 * register (the own-return row: the agency's own cases).
 *
 * @param openCases the unit's open key cases
 * @param outstanding their amount still to collect, thousand đồng
 * @param coverable the part of the money still needed they could cover: min(needed,
 * outstanding)
 * @param share coverable over the money still needed, percent (2 decimals); null when
 * nothing is needed or without a target
 */
public record KeyCaseCover(int openCases, long outstanding, long coverable, BigDecimal share) {

	/** No open key case. */
	static KeyCaseCover none(Long moneyNeeded) {
		return SprintArithmetic.cover(0, 0, moneyNeeded);
	}

}
