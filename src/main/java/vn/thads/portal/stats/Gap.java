package vn.thads.portal.stats;

import java.math.BigDecimal;

/**
 * How far the rates are from the target (domain.md §4). Points are null when the rate has
 * no value (nothing enforceable).
 *
 * @param casesPoints rate − target, percentage points ("vượt 2,31 %" = +2.31)
 * @param moneyPoints rate − target, percentage points
 * @param casesNeeded cases still to resolve to reach the target: max(0, ⌈target × G − X⌉)
 * @param moneyNeeded the same in thousand đồng
 * @param casesProgressPoints rate − progress target (target × months / 12)
 * @param moneyProgressPoints rate − progress target
 */
public record Gap(BigDecimal casesPoints, BigDecimal moneyPoints, long casesNeeded, long moneyNeeded,
		BigDecimal casesProgressPoints, BigDecimal moneyProgressPoints) {

}
