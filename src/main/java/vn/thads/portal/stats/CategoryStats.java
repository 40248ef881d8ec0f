package vn.thads.portal.stats;

import java.math.BigDecimal;

import vn.thads.portal.returns.ReturnCategory;

/**
 * One category's sums for an agency and a period (issue 14): its two forms summed by the
 * same counting rule as the main forms ({@link Counting}), their derived rows and rates
 * from the same {@code Figures.derive()}, the same period last year, and its share of the
 * money to enforce.
 *
 * @param shareOfMoney the category's money to enforce (F) over the main form's, × 100,
 * half-up to 2 decimals ("chiếm 47,40 % số tiền phải thi hành"); null when the main form
 * has none
 * @param casesLastYear the same period last year, by cases
 * @param moneyLastYear the same period last year, by money
 */
public record CategoryStats(ReturnCategory category, FormTotals cases, FormTotals money, BigDecimal shareOfMoney,
		FormTotals casesLastYear, FormTotals moneyLastYear) {

	/**
	 * Whether the period has figures for it (something to enforce by cases or by money):
	 * only then do the dashboard and the printed report show it.
	 */
	public boolean hasFigures() {
		return this.cases.derived().mustEnforce() != 0 || this.money.derived().mustEnforce() != 0;
	}

}
