package vn.thads.portal.returns;

/**
 * What the warnings of domain.md §3 compare a return with. Each part is null when there
 * is nothing to compare with.
 *
 * @param previousMonth the return of the month before, same statistical year (rules 6, 7)
 * @param earlierInYear the latest earlier return of the same statistical year (rule 5)
 * @param lastYearEnd month 12 of the previous statistical year, of the agency or the sum
 * of its predecessors' (rule 4)
 */
public record RuleContext(ReturnFigures previousMonth, ReturnFigures earlierInYear, ReturnFigures lastYearEnd) {

	public static final RuleContext NONE = new RuleContext(null, null, null);

	/**
	 * What a new month starts from: the latest earlier month of the year (figures are
	 * cumulative), or zeros with {@code carriedOver} = last year's carried-to-next.
	 */
	public ReturnFigures prefill() {
		if (this.earlierInYear != null) {
			return this.earlierInYear;
		}
		if (this.lastYearEnd == null) {
			return ReturnFigures.ZERO;
		}
		return new ReturnFigures(carriedOverOnly(this.lastYearEnd.cases()), carriedOverOnly(this.lastYearEnd.money()));
	}

	private static Figures carriedOverOnly(Figures yearEnd) {
		return Figures.ZERO.with(FormColumn.CARRIED_OVER, yearEnd.derive().carriedToNext());
	}

}
