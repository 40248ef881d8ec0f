package vn.thads.portal.planner;

import vn.thads.portal.returns.Derived;

/**
 * Where one form stood at the end of a month: resolved (X) and with conditions (G),
 * cumulative from the start of the statistical year.
 *
 * @param reported whether any counted return was summed for that month
 */
public record Standing(long resolved, long enforceable, boolean reported) {

	public static final Standing NONE = new Standing(0, 0, false);

	static Standing of(Derived derived, boolean reported) {
		return new Standing(derived.resolved(), derived.withConditions(), reported);
	}

}
