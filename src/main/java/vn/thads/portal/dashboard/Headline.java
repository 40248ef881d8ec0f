package vn.thads.portal.dashboard;

import java.math.BigDecimal;

import vn.thads.portal.period.ReportingPeriod;
import vn.thads.portal.returns.Derived;
import vn.thads.portal.returns.Form;
import vn.thads.portal.stats.AgencyStats;
import vn.thads.portal.stats.Change;
import vn.thads.portal.stats.Gap;
import vn.thads.portal.target.TargetRates;

/**
 * The headline card of one form (cases or money): the rate, the target and the gap to it,
 * what is still needed, the progress target and the gap to it, the change on the same
 * period last year, and the totals behind the rate. Every number is the engine's, picked
 * for the form; the record only chooses and classifies.
 *
 * @param target the year's target; null without one
 * @param stillNeeded cases (or thousand đồng) still to resolve to reach the target; null
 * without a target
 * @param lastYear the same period last year; null without data then
 * @param lastYearRate its completion rate
 * @param rateChange change of the rate on last year, in points
 * @param resolvedChange change of the amount resolved on last year, in %
 */
public record Headline(Form form, BigDecimal rate, BigDecimal target, Signed gap, Standing standing, Long stillNeeded,
		int months, BigDecimal progressTarget, Signed progressGap, ReportingPeriod lastYear, BigDecimal lastYearRate,
		Signed rateChange, Signed resolvedChange, long mustEnforce, long withConditions, long resolved,
		BigDecimal conditionsShare) {

	static Headline of(Form form, AgencyStats stats) {
		boolean cases = form == Form.CASES;
		Derived derived = (cases ? stats.cases() : stats.money()).derived();
		TargetRates target = stats.target();
		TargetRates progress = stats.progressTarget();
		Gap gap = stats.gap();
		Signed toTarget = (gap != null) ? Signed.of(cases ? gap.casesPoints() : gap.moneyPoints()) : Signed.NONE;
		Long needed = (gap != null) ? (cases ? gap.casesNeeded() : gap.moneyNeeded()) : null;
		Signed toProgress = (gap != null) ? Signed.of(cases ? gap.casesProgressPoints() : gap.moneyProgressPoints())
				: Signed.NONE;
		ReportingPeriod lastYear = null;
		BigDecimal lastYearRate = null;
		Signed rateChange = Signed.NONE;
		Signed resolvedChange = Signed.NONE;
		if (stats.previousYear() != null) {
			Change change = stats.change();
			lastYear = stats.previousYear().period();
			lastYearRate = (cases ? stats.previousYear().cases() : stats.previousYear().money()).derived()
				.completionRate();
			rateChange = Signed.of(cases ? change.casesRatePoints() : change.moneyRatePoints());
			resolvedChange = Signed.of(cases ? change.casesResolvedPct() : change.moneyResolvedPct());
		}
		return new Headline(form, derived.completionRate(), (target != null) ? rate(form, target) : null, toTarget,
				Standing.of(toTarget), needed, stats.period().months(),
				(progress != null) ? rate(form, progress) : null, toProgress, lastYear, lastYearRate, rateChange,
				resolvedChange, derived.mustEnforce(), derived.withConditions(), derived.resolved(),
				derived.conditionsShare());
	}

	static BigDecimal rate(Form form, TargetRates rates) {
		return (form == Form.CASES) ? rates.casesRate() : rates.moneyRate();
	}

	/** The message key of the form's unit: việc, nghìn đồng. */
	public String unitKey() {
		return "form.unit." + this.form.code();
	}

	/**
	 * The progress target says something only before the last month: at month 12 it is
	 * the year's target itself.
	 */
	public boolean progressShown() {
		return this.progressTarget != null && this.months < 12;
	}

	public boolean hasTarget() {
		return this.target != null;
	}

	/** The target is reached: nothing more is needed. */
	public boolean targetReached() {
		return this.stillNeeded != null && this.stillNeeded == 0;
	}

}
