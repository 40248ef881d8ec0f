package vn.thads.portal.demo;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import vn.thads.portal.agency.AgencyLevel;
import vn.thads.portal.demo.DemoAgencies.DemoAgency;
import vn.thads.portal.returns.Figures;
import vn.thads.portal.returns.Form;
import vn.thads.portal.returns.FormColumn;
import vn.thads.portal.returns.ReturnFigures;

/**
 * Month-12 figures of every former demo unit for statistical years 2021–2025 (the year
 * 2025 of a former unit is what it would have reached by September: its first nine months
 * are its returns, the rest is carried on by its successor), and of present units from
 * 2026, deterministic. A year's carried-over is the previous year's carried-to-next. Kiên
 * Giang's 2022 is the published KG22 forms split over its sixteen units, and its 2021 is
 * built backwards from it so that the published 2021 money figures hold; every other year
 * grows forwards with plausible intake and rates.
 */
final class DemoYearEnds {

	static final int FIRST_YEAR = 2021;

	/** The last year of the former units: the one the switch falls in. */
	static final int SWITCH_YEAR = 2025;

	/** Yearly intake of an average district: cases, and money in thousand đồng. */
	private static final double CASES_INTAKE = 720;

	private static final double MONEY_INTAKE = 62_000_000;

	private final Map<String, Map<Integer, ReturnFigures>> byUnit = new HashMap<>();

	private final Map<String, double[]> sizes = new HashMap<>();

	/**
	 * @param provinces each province's units: its own office first, then its districts
	 */
	DemoYearEnds(Map<String, List<DemoAgency>> provinces) {
		provinces.forEach((province, units) -> {
			units.forEach((u) -> this.sizes.put(u.code(), size(u)));
			if (province.equals(KienGiangFigures.PROVINCE)) {
				kienGiang(units);
			}
			else {
				units.forEach((u) -> forwardFrom(u.code(), FIRST_YEAR, SWITCH_YEAR, opening(u)));
			}
		});
	}

	ReturnFigures of(String unit, int statYear) {
		ReturnFigures end = this.byUnit.getOrDefault(unit, Map.of()).get(statYear);
		if (end == null) {
			throw new IllegalStateException("no year " + statYear + " for " + unit);
		}
		return end;
	}

	/** Relative size (cases, money) of a unit known here. */
	double[] size(String unit) {
		return this.sizes.get(unit);
	}

	/**
	 * Grows a present unit of the given size forwards from what its year before the first
	 * carried into it; a year already there is kept.
	 */
	void extend(String unit, double[] size, int firstYear, int lastYear, ReturnFigures yearBefore) {
		this.sizes.putIfAbsent(unit, size);
		if (!this.byUnit.getOrDefault(unit, Map.of()).containsKey(lastYear)) {
			forwardFrom(unit, firstYear, lastYear, carried(yearBefore));
		}
	}

	private void kienGiang(List<DemoAgency> units) {
		Map<String, ReturnFigures> y2022 = spread(units, KienGiangFigures.CASES_2022, KienGiangFigures.MONEY_2022);
		Map<String, ReturnFigures> enforceable2021 = spread(units, KienGiangFigures.CASES_2021_ENFORCEABLE,
				KienGiangFigures.MONEY_2021_ENFORCEABLE);
		Map<String, ReturnFigures> out2021 = spread(units, KienGiangFigures.CASES_2021_OUT,
				KienGiangFigures.MONEY_2021_OUT);
		for (DemoAgency unit : units) {
			ReturnFigures end2022 = y2022.get(unit.code());
			ReturnFigures end2021 = new ReturnFigures(
					backwards(end2022.cases().carriedOver(), enforceable2021.get(unit.code()).cases(),
							out2021.get(unit.code()).cases(), 0.40),
					backwards(end2022.money().carriedOver(), enforceable2021.get(unit.code()).money(),
							out2021.get(unit.code()).money(), 0.62));
			put(unit.code(), FIRST_YEAR, end2021);
			put(unit.code(), 2022, end2022);
			forwardFrom(unit.code(), 2023, SWITCH_YEAR, carried(end2022));
		}
	}

	/**
	 * Splits provincial totals over the units, column by column, with weights that vary a
	 * little by column; the not-enforceable stock H takes what balances F = G + H.
	 */
	private Map<String, ReturnFigures> spread(List<DemoAgency> units, Map<FormColumn, Long> cases,
			Map<FormColumn, Long> money) {
		Map<String, Map<FormColumn, Long>> casesByUnit = split(units, cases, Form.CASES);
		Map<String, Map<FormColumn, Long>> moneyByUnit = split(units, money, Form.MONEY);
		Map<String, ReturnFigures> spread = new LinkedHashMap<>();
		for (DemoAgency unit : units) {
			spread.put(unit.code(), new ReturnFigures(balanced(casesByUnit.get(unit.code()), cases),
					balanced(moneyByUnit.get(unit.code()), money)));
		}
		return spread;
	}

	private Map<String, Map<FormColumn, Long>> split(List<DemoAgency> units, Map<FormColumn, Long> totals, Form form) {
		Map<String, Map<FormColumn, Long>> byUnit = new HashMap<>();
		units.forEach((u) -> byUnit.put(u.code(), new EnumMap<>(FormColumn.class)));
		totals.forEach((column, total) -> {
			SplittableRandom random = new SplittableRandom(column.ordinal() * 31L + form.ordinal());
			double[] weights = units.stream()
				.mapToDouble((u) -> this.sizes.get(u.code())[form.ordinal()] * random.nextDouble(0.85, 1.15))
				.toArray();
			long[] parts = DemoShares.split(total, weights);
			for (int i = 0; i < units.size(); i++) {
				byUnit.get(units.get(i).code()).put(column, parts[i]);
			}
		});
		return byUnit;
	}

	/** H is what balances F = G + H when the totals give H; else it stays as split. */
	private static Figures balanced(Map<FormColumn, Long> values, Map<FormColumn, Long> totals) {
		Figures figures = Figures.of(values);
		if (!totals.containsKey(FormColumn.WITHOUT_CONDITIONS)) {
			return figures;
		}
		long stock = figures.derive().mustEnforce() - figures.derive().withConditions();
		if (stock < 0) {
			throw new IllegalStateException("unit cannot balance " + values);
		}
		return figures.with(FormColumn.WITHOUT_CONDITIONS, stock);
	}

	/**
	 * A year-end whose carried-to-next is given: F = K + X; H balances F = G + H; the
	 * year opened with {@code openingShare} of F carried over, the rest accepted.
	 */
	private static Figures backwards(long carriedToNext, Figures enforceable, Figures out, double openingShare) {
		long mustEnforce = carriedToNext + enforceable.derive().resolved();
		long carriedOver = Math.round(mustEnforce * openingShare);
		long accepted = mustEnforce - carriedOver + out.entrusted() + out.withdrawn();
		Figures figures = enforceable.with(FormColumn.CARRIED_OVER, carriedOver)
			.with(FormColumn.NEWLY_ACCEPTED, accepted)
			.with(FormColumn.ENTRUSTED, out.entrusted())
			.with(FormColumn.WITHDRAWN, out.withdrawn());
		return figures.with(FormColumn.WITHOUT_CONDITIONS,
				figures.derive().mustEnforce() - figures.derive().withConditions());
	}

	private void forwardFrom(String unit, int firstYear, int lastYear, ReturnFigures opening) {
		SplittableRandom random = new SplittableRandom(unit.hashCode() * 7919L + firstYear);
		double[] size = this.sizes.get(unit);
		ReturnFigures carried = opening;
		for (int year = firstYear; year <= lastYear; year++) {
			ReturnFigures end = new ReturnFigures(
					DemoYear.cases(carried.cases().carriedOver(), size[0] * CASES_INTAKE, random),
					DemoYear.money(carried.money().carriedOver(), size[1] * MONEY_INTAKE, random));
			put(unit, year, end);
			carried = carried(end);
		}
	}

	private static ReturnFigures carried(ReturnFigures end) {
		return new ReturnFigures(Figures.ZERO.with(FormColumn.CARRIED_OVER, end.cases().derive().carriedToNext()),
				Figures.ZERO.with(FormColumn.CARRIED_OVER, end.money().derive().carriedToNext()));
	}

	/** What the first demo year opens with: about half a year's intake still pending. */
	private ReturnFigures opening(DemoAgency unit) {
		double[] size = this.sizes.get(unit.code());
		return new ReturnFigures(Figures.ZERO.with(FormColumn.CARRIED_OVER, Math.round(size[0] * CASES_INTAKE * 0.6)),
				Figures.ZERO.with(FormColumn.CARRIED_OVER, Math.round(size[1] * MONEY_INTAKE * 1.8)));
	}

	private void put(String unit, int year, ReturnFigures end) {
		this.byUnit.computeIfAbsent(unit, (c) -> new HashMap<>()).put(year, end);
	}

	/**
	 * Relative size of a unit (cases, money): a province office enforces fewer cases but
	 * the largest sums; cities and towns more than rural districts.
	 */
	private static double[] size(DemoAgency unit) {
		SplittableRandom random = new SplittableRandom(unit.code().hashCode());
		double jitter = random.nextDouble(0.7, 1.3);
		if (unit.level() == AgencyLevel.PROVINCE) {
			return new double[] { 0.8 * jitter, 3.5 * jitter };
		}
		boolean town = unit.name().contains("thành phố") || unit.name().contains("thị xã");
		return town ? new double[] { 1.8 * jitter, 2.2 * jitter } : new double[] { jitter, jitter };
	}

}
