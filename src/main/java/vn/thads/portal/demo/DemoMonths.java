package vn.thads.portal.demo;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import vn.thads.portal.returns.Figures;
import vn.thads.portal.returns.Form;
import vn.thads.portal.returns.FormColumn;
import vn.thads.portal.returns.ReturnFigures;

/**
 * The twelve cumulative months of one unit's year, grown from its month-12 figures:
 * accepted cases arrive a little faster than they are resolved, flows never decrease,
 * {@code carriedOver} is fixed, and every month keeps F = G + H and D + E ≤ C exactly
 * (what is not resolved is split over the pending kinds in the proportions of month 12).
 */
final class DemoMonths {

	/** Flows that arrive over the year; the rest of the entered figures are stocks. */
	private static final List<FormColumn> ARRIVING = List.of(FormColumn.NEWLY_ACCEPTED, FormColumn.ENTRUSTED,
			FormColumn.WITHDRAWN);

	private static final List<FormColumn> RESOLVED = List.of(FormColumn.COMPLETED, FormColumn.TERMINATED,
			FormColumn.REDUCED);

	private static final List<FormColumn> PENDING = List.of(FormColumn.IN_PROGRESS, FormColumn.POSTPONED,
			FormColumn.SUSPENDED, FormColumn.OTHER, FormColumn.WITHOUT_CONDITIONS);

	private DemoMonths() {
	}

	/**
	 * @param arrival exponent of the share of the year's intake by month m, (m/12)^a
	 * @param resolution exponent of the share resolved, larger than {@code arrival} so
	 * that resolution lags intake and nothing is resolved before it arrives
	 */
	static List<ReturnFigures> of(ReturnFigures yearEnd, double arrival, double resolution) {
		List<ReturnFigures> months = new ArrayList<>();
		for (int m = 1; m <= 12; m++) {
			double arrived = Math.pow(m / 12.0, arrival);
			double resolved = Math.pow(m / 12.0, resolution);
			months.add(new ReturnFigures(month(yearEnd.of(Form.CASES), arrived, resolved),
					month(yearEnd.of(Form.MONEY), arrived, resolved)));
		}
		return months;
	}

	private static Figures month(Figures end, double arrived, double resolved) {
		Map<FormColumn, Long> values = new EnumMap<>(FormColumn.class);
		values.put(FormColumn.CARRIED_OVER, end.carriedOver());
		ARRIVING.forEach((c) -> values.put(c, (long) Math.floor(end.get(c) * arrived)));
		RESOLVED.forEach((c) -> values.put(c, (long) Math.floor(end.get(c) * resolved)));
		Figures flows = Figures.of(values);
		long open = flows.derive().carriedToNext();
		if (open < 0) {
			throw new IllegalStateException("more resolved than accepted in " + end);
		}
		long[] weights = PENDING.stream().mapToLong(end::get).toArray();
		long[] pending = DemoShares.split(open, weights);
		for (int i = 0; i < PENDING.size(); i++) {
			values.put(PENDING.get(i), pending[i]);
		}
		return Figures.of(values);
	}

}
