package vn.thads.portal.target;

import java.math.BigDecimal;

/**
 * A pair of target completion rates, in percent with two decimals (81.50 = 81,50 %).
 *
 * @param casesRate target rate by cases (về việc)
 * @param moneyRate target rate by money (về tiền)
 */
public record TargetRates(BigDecimal casesRate, BigDecimal moneyRate) {

}
