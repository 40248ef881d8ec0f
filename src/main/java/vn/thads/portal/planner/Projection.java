package vn.thads.portal.planner;

import java.math.BigDecimal;
import java.util.List;

/**
 * A projection ("dự báo") of one form's year-end rate: not a figure anybody reported, but
 * where the rate ends if the unit keeps its pace (domain.md §10).
 *
 * @param central the unit keeps this year's pace relative to the pattern of the past
 * years (their mean growth from this month to the year end)
 * @param low the lowest of each past year's pattern and the central projection
 * @param high the highest of them
 * @param years the statistical years whose pattern was used; empty when none could be
 * (then the central projection is the linear pace, and the range is that one point)
 * @param method how it was made
 */
public record Projection(Outcome central, Outcome low, Outcome high, List<Integer> years, Method method) {

	/** How a projection was made. */
	public enum Method {

		/** From the patterns of the past years. */
		PATTERN,

		/** No past year could be used: this year's pace so far, month for month. */
		PACE,

		/** No month is left: the rate as it is. */
		FINAL

	}

	public BigDecimal rate() {
		return this.central.rate();
	}

	public BigDecimal lowRate() {
		return this.low.rate();
	}

	public BigDecimal highRate() {
		return this.high.rate();
	}

	/** The projection of a whole made of parts: each outcome summed with the same one. */
	Projection plus(Projection other) {
		Method method = (this.method == other.method) ? this.method : Method.PATTERN;
		List<Integer> years = (this.years.size() >= other.years.size()) ? this.years : other.years;
		return new Projection(this.central.plus(other.central), this.low.plus(other.low), this.high.plus(other.high),
				years, method);
	}

}
