package vn.thads.portal.planner.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.thads.portal.planner.FormPlan;
import vn.thads.portal.planner.PastPace;
import vn.thads.portal.planner.PlanRow;
import vn.thads.portal.planner.Projection;
import vn.thads.portal.planner.SprintPlan;

/**
 * The planner object of api.md ("Planner and key cases"), field for field; everything
 * after {@code atRisk} in a row, and {@code agencyName}, {@code statYear}, {@code basis}
 * are additions. Numbers are only copied from the planner's records.
 */
record PlannerJson(String agencyCode, String agencyName, String period, int statYear, String basis, int monthsLeft,
		List<Row> rows) {

	static PlannerJson of(SprintPlan plan) {
		return new PlannerJson(plan.agency().code(), plan.agency().name(), plan.period().code(),
				plan.period().statYear(), plan.basis().name().toLowerCase(Locale.ROOT), plan.monthsLeft(),
				plan.rows().stream().map(Row::of).toList());
	}

	/**
	 * One row: the agency first, then its own return alone ({@code ownReturnOnly}) and
	 * each direct unit, at risk first.
	 */
	record Row(String agencyCode, Long casesNeeded, Long moneyNeeded, Long casesPerMonth, Long moneyPerMonth,
			BigDecimal projectedCasesRate, BigDecimal projectedMoneyRate, boolean atRisk, String agencyName,
			boolean ownReturnOnly, BigDecimal casesRate, BigDecimal moneyRate, BigDecimal casesTarget,
			BigDecimal moneyTarget, long casesPace, long moneyPace, BigDecimal projectedCasesLow,
			BigDecimal projectedCasesHigh, BigDecimal projectedMoneyLow, BigDecimal projectedMoneyHigh,
			boolean casesAtRisk, boolean moneyAtRisk, String projectionMethod, List<Integer> projectionYears,
			List<Past> pastPace, int keyCasesOpen, long keyCasesOutstanding, long keyCasesCoverable,
			BigDecimal keyCasesShare) {

		static Row of(PlanRow row) {
			FormPlan c = row.cases();
			FormPlan m = row.money();
			Projection p = (c.projection() != null) ? c.projection() : m.projection();
			List<Past> past = new ArrayList<>();
			for (int i = 0; i < c.past().size(); i++) {
				PastPace pc = c.past().get(i);
				PastPace pm = m.past().get(i);
				past.add(new Past(pc.statYear(), pc.sameMonths(), pc.restOfYear(), pm.sameMonths(), pm.restOfYear()));
			}
			return new Row(row.agency().code(), c.needed(), m.needed(), c.perMonth(), m.perMonth(), c.projectedRate(),
					m.projectedRate(), row.atRisk(), row.agency().name(), row.ownReturnOnly(), c.rate(), m.rate(),
					c.target(), m.target(), c.pace(), m.pace(), low(c), high(c), low(m), high(m), c.atRisk(),
					m.atRisk(), (p != null) ? p.method().name().toLowerCase(Locale.ROOT) : null,
					(p != null) ? p.years() : List.of(), List.copyOf(past), row.keyCases().openCases(),
					row.keyCases().outstanding(), row.keyCases().coverable(), row.keyCases().share());
		}

		private static BigDecimal low(FormPlan form) {
			return (form.projection() != null) ? form.projection().lowRate() : null;
		}

		private static BigDecimal high(FormPlan form) {
			return (form.projection() != null) ? form.projection().highRate() : null;
		}

	}

	/** What a past year resolved per month, in the same months and in the rest of it. */
	record Past(int statYear, Long casesSameMonths, Long casesRestOfYear, Long moneySameMonths, Long moneyRestOfYear) {

	}

}
