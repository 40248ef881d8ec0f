package vn.thads.portal.planner;

import java.math.BigDecimal;

import vn.thads.portal.shared.Percent;

/**
 * A projected year end of one form: resolved (X) and with conditions (G), unrounded, so
 * that the units' outcomes add up to the agency's.
 */
public record Outcome(BigDecimal resolved, BigDecimal enforceable) {

	static final Outcome ZERO = new Outcome(BigDecimal.ZERO, BigDecimal.ZERO);

	/** X / G × 100, half-up to 2 decimals; null when nothing is enforceable. */
	public BigDecimal rate() {
		if (this.enforceable.signum() == 0) {
			return null;
		}
		return this.resolved.multiply(BigDecimal.valueOf(100))
			.divide(this.enforceable, Percent.SCALE, Percent.ROUNDING);
	}

	Outcome plus(Outcome other) {
		return new Outcome(this.resolved.add(other.resolved), this.enforceable.add(other.enforceable));
	}

}
