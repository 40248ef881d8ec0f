package vn.thads.portal.returns;

import java.math.BigDecimal;

/**
 * The derived rows of one form, as {@link Figures#derive()} computes them. Rates are
 * percentages with two decimals, or null when undefined.
 *
 * @param totalAccepted C, tổng số thụ lý
 * @param mustEnforce F, tổng số phải thi hành
 * @param withConditions G, số có điều kiện thi hành
 * @param resolved X, tổng số thi hành xong (giải quyết xong)
 * @param carriedToNext K, số chuyển kỳ sau
 * @param enforceableCarried K1, có điều kiện chuyển kỳ sau
 * @param completionRate R, tỷ lệ thi hành xong (%)
 * @param conditionsShare G/F, tỷ lệ có điều kiện (%)
 */
public record Derived(long totalAccepted, long mustEnforce, long withConditions, long resolved, long carriedToNext,
		long enforceableCarried, BigDecimal completionRate, BigDecimal conditionsShare) {

	/**
	 * The value of a computed column: a Long for amounts, a BigDecimal (or null) for
	 * rates.
	 */
	public Object get(FormColumn column) {
		return switch (column) {
			case TOTAL_ACCEPTED -> this.totalAccepted;
			case MUST_ENFORCE -> this.mustEnforce;
			case WITH_CONDITIONS -> this.withConditions;
			case RESOLVED -> this.resolved;
			case CARRIED_TO_NEXT -> this.carriedToNext;
			case ENFORCEABLE_CARRIED -> this.enforceableCarried;
			case COMPLETION_RATE -> this.completionRate;
			case CONDITIONS_SHARE -> this.conditionsShare;
			default -> throw new IllegalArgumentException(column + " is not a computed column");
		};
	}

}
