package vn.thads.portal.stats;

import vn.thads.portal.returns.CompanionForm;
import vn.thads.portal.returns.CompanionLine;
import vn.thads.portal.returns.CompanionValues;

/**
 * A companion form's sums for an agency and its subtree (issue 14: citizen reception,
 * complaints and denunciations, administrative judgments), and the same period last year,
 * both summed by the same counting rule as the main forms ({@link Counting}).
 *
 * @param now this period's sums
 * @param lastYear the same period a year before
 */
public record CompanionStats(CompanionValues now, CompanionValues lastYear) {

	public CompanionForm form() {
		return this.now.form();
	}

	/** This period's value of a line, derived lines too. */
	public long value(CompanionLine<?> line) {
		return this.now.get(line);
	}

	/** The same period last year's value of a line. */
	public long lastYear(CompanionLine<?> line) {
		return this.lastYear.get(line);
	}

	/** This period's value minus last year's. */
	public long change(CompanionLine<?> line) {
		return value(line) - lastYear(line);
	}

	/**
	 * Whether the same period last year has a figure: without one (a form not yet
	 * reported then) a comparison would be a change from nothing.
	 */
	public boolean hasLastYear() {
		return !this.lastYear.isZero();
	}

	/** Whether either period has a figure. */
	public boolean hasFigures() {
		return !this.now.isZero() || !this.lastYear.isZero();
	}

}
