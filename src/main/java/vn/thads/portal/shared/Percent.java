package vn.thads.portal.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one rounding rule of the portal (domain.md §3, §4): rates, shares and percentage
 * points are rounded half-up to two decimals; a rate whose denominator is zero has no
 * value ({@code null}, shown "—"), never 0 and never an error.
 */
public final class Percent {

	public static final int SCALE = 2;

	public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private Percent() {
	}

	/**
	 * {@code numerator / denominator × 100}, half-up to 2 decimals; null for a zero
	 * denominator.
	 */
	public static BigDecimal of(long numerator, long denominator) {
		if (denominator == 0) {
			return null;
		}
		return BigDecimal.valueOf(numerator).multiply(HUNDRED).divide(BigDecimal.valueOf(denominator), SCALE, ROUNDING);
	}

	/**
	 * Relative change of an amount on a previous one, in %: {@code (current − previous) /
	 * previous × 100} ("tăng 47,30 %"); null when there was nothing before.
	 */
	public static BigDecimal change(long current, long previous) {
		return of(current - previous, previous);
	}

	/** Rounds any value to the portal's two decimals, half-up. */
	public static BigDecimal round(BigDecimal value) {
		return (value != null) ? value.setScale(SCALE, ROUNDING) : null;
	}

	/**
	 * Difference in percentage points of two values as shown (each already rounded), so
	 * that the printed numbers add up ("tăng 9,9 %" of a rate = +9.90 points); null when
	 * either is missing.
	 */
	public static BigDecimal points(BigDecimal rate, BigDecimal other) {
		if (rate == null || other == null) {
			return null;
		}
		return round(rate).subtract(round(other));
	}

	/**
	 * {@code percent × base / 100}, exact (no rounding): a target applied to an amount.
	 */
	public static BigDecimal share(BigDecimal percent, long base) {
		return percent.multiply(BigDecimal.valueOf(base)).divide(HUNDRED);
	}

}
