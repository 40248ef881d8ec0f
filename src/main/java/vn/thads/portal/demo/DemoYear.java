package vn.thads.portal.demo;

import java.util.SplittableRandom;

import vn.thads.portal.returns.Figures;
import vn.thads.portal.returns.FormColumn;

/**
 * One plausible year-end form, grown from what was carried over: intake, a share
 * enforceable, a completion rate around the national targets, and the rest pending.
 */
final class DemoYear {

	private DemoYear() {
	}

	static Figures cases(long carriedOver, double intake, SplittableRandom random) {
		return year(carriedOver, Math.round(intake * random.nextDouble(0.9, 1.1)), random, 0.68, 0.76, 0.80, 0.88,
				false);
	}

	static Figures money(long carriedOver, double intake, SplittableRandom random) {
		return year(carriedOver, Math.round(intake * random.nextDouble(0.85, 1.15)), random, 0.50, 0.66, 0.40, 0.62,
				true);
	}

	private static Figures year(long carriedOver, long accepted, SplittableRandom random, double shareFrom,
			double shareTo, double rateFrom, double rateTo, boolean money) {
		Figures figures = Figures.ZERO.with(FormColumn.CARRIED_OVER, carriedOver)
			.with(FormColumn.NEWLY_ACCEPTED, accepted)
			.with(FormColumn.ENTRUSTED, Math.round(accepted * random.nextDouble(0.0, money ? 0.04 : 0.006)))
			.with(FormColumn.WITHDRAWN, Math.round(accepted * random.nextDouble(0.0, money ? 0.01 : 0.004)));
		long mustEnforce = figures.derive().mustEnforce();
		long enforceable = Math.round(mustEnforce * random.nextDouble(shareFrom, shareTo));
		long resolved = Math.round(enforceable * random.nextDouble(rateFrom, rateTo));
		long terminated = Math.round(resolved * random.nextDouble(0.005, 0.02));
		long reduced = money ? Math.round(resolved * random.nextDouble(0.0, 0.01)) : 0;
		long pending = enforceable - resolved;
		long postponed = Math.round(pending * random.nextDouble(0.01, 0.05));
		long suspended = Math.round(pending * random.nextDouble(0.0, 0.02));
		long other = Math.round(pending * random.nextDouble(0.0, 0.01));
		return figures.with(FormColumn.COMPLETED, resolved - terminated - reduced)
			.with(FormColumn.TERMINATED, terminated)
			.with(FormColumn.REDUCED, reduced)
			.with(FormColumn.IN_PROGRESS, pending - postponed - suspended - other)
			.with(FormColumn.POSTPONED, postponed)
			.with(FormColumn.SUSPENDED, suspended)
			.with(FormColumn.OTHER, other)
			.with(FormColumn.WITHOUT_CONDITIONS, mustEnforce - enforceable);
	}

}
