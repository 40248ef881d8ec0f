package vn.thads.portal.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import vn.thads.portal.agency.AgencyLevel;
import vn.thads.portal.demo.DemoAgencies.DemoAgency;
import vn.thads.portal.returns.ReturnFigures;

/**
 * The twelve cumulative months of every demo agency's statistical year, across the
 * switch. A former unit's year grows from its month-12 figures ({@link DemoYearEnds}); in
 * year 2025 it files months 1–9 (October–June) and its primary successor carries on: a
 * present agency's months 10–12 of 2025 are the sums of its primary predecessors' months,
 * so its year adds up like one unit's and starts from the inherited base (the
 * predecessors' June returns). From 2026 a present agency carries over its own
 * carried-to-next and grows with the size of its predecessors together.
 */
final class DemoFigures {

	private final DemoYearEnds yearEnds;

	private final Map<String, DemoAgency> byCode = new HashMap<>();

	private final Map<String, List<ReturnFigures>> months = new HashMap<>();

	DemoFigures() {
		Map<String, List<DemoAgency>> provinces = new LinkedHashMap<>();
		for (DemoAgency agency : DemoAccountsAndAgencies.all()) {
			this.byCode.put(agency.code(), agency);
			if (agency.isFormer() && agency.level() == AgencyLevel.PROVINCE) {
				provinces.put(agency.code(), new ArrayList<>(List.of(agency)));
			}
		}
		// districts in code order, as the demo has always spread Kiên Giang's totals
		DemoAgencies.ALL.stream()
			.filter((a) -> a.level() == AgencyLevel.LOCAL)
			.sorted(Comparator.comparing(DemoAgency::code))
			.forEach((a) -> provinces.get(a.parentCode()).add(a));
		this.yearEnds = new DemoYearEnds(provinces);
	}

	/** The twelve cumulative months of an agency's statistical year, October first. */
	List<ReturnFigures> of(String code, int statYear) {
		String key = code + " " + statYear;
		List<ReturnFigures> known = this.months.get(key);
		if (known == null) {
			known = compute(this.byCode.get(code), statYear);
			this.months.put(key, known);
		}
		return known;
	}

	private List<ReturnFigures> compute(DemoAgency agency, int statYear) {
		if (agency.isFormer()) {
			return grown(agency.code(), this.yearEnds.of(agency.code(), statYear));
		}
		if (statYear <= DemoYearEnds.SWITCH_YEAR) {
			List<ReturnFigures> sum = new ArrayList<>();
			for (int m = 0; m < 12; m++) {
				ReturnFigures month = ReturnFigures.ZERO;
				for (String predecessor : agency.predecessors()) {
					month = month.plus(of(predecessor, statYear).get(m));
				}
				sum.add(month);
			}
			return sum;
		}
		List<ReturnFigures> yearBefore = of(agency.code(), DemoYearEnds.SWITCH_YEAR);
		this.yearEnds.extend(agency.code(), size(agency), DemoYearEnds.SWITCH_YEAR + 1, statYear, yearBefore.get(11));
		return grown(agency.code(), this.yearEnds.of(agency.code(), statYear));
	}

	/** The size of a present agency: its primary predecessors' together. */
	private double[] size(DemoAgency agency) {
		double[] size = new double[2];
		for (String predecessor : agency.predecessors()) {
			double[] part = this.yearEnds.size(predecessor);
			size[0] += part[0];
			size[1] += part[1];
		}
		return size;
	}

	/** Each unit's own pace through the year, the same at every start. */
	private static List<ReturnFigures> grown(String code, ReturnFigures yearEnd) {
		SplittableRandom pace = new SplittableRandom(code.hashCode());
		double arrival = pace.nextDouble(0.9, 1.0);
		double resolution = pace.nextDouble(1.1, 1.3);
		return DemoMonths.of(yearEnd, arrival, resolution);
	}

}
