package vn.thads.portal.stats;

import vn.thads.portal.returns.Figures;

/**
 * What the grouped query returns for one {@link Slot}: counts of the expected units'
 * returns and the sums of the counted ones. Raw material of the engine.
 *
 * @param counted how many returns were summed
 */
record Totals(int expected, int submitted, int approved, int late, int counted, Figures cases, Figures money) {

	static final Totals NONE = new Totals(0, 0, 0, 0, 0, Figures.ZERO, Figures.ZERO);

	boolean hasData() {
		return this.counted > 0;
	}

}
