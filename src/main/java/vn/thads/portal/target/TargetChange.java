package vn.thads.portal.target;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One audited change of an agency's targets.
 *
 * @param oldCasesRate null when the target was first set
 * @param oldMoneyRate null when the target was first set
 */
public record TargetChange(String agencyCode, String agencyName, int statYear, Instant at, String user,
		BigDecimal oldCasesRate, BigDecimal newCasesRate, BigDecimal oldMoneyRate, BigDecimal newMoneyRate) {

}
