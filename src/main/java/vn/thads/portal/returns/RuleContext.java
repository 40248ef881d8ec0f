package vn.thads.portal.returns;

import java.util.List;

/**
 * What the warnings of domain.md §3 compare a return with. Each part is null when there
 * is nothing to compare with.
 *
 * @param previousMonth the agency's own return of the month before, same statistical year
 * (rules 6, 7)
 * @param earlierInYear the agency's own latest earlier return of the same statistical
 * year (rule 5)
 * @param lastYearEnd month 12 of the previous statistical year, of the agency or the sum
 * of its primary predecessors' (rule 4)
 * @param inherited the base a successor's year goes on from, when the statistical year
 * began before the successor existed (domain.md §1a); it stands in for the agency's own
 * earlier returns while it has none in that year
 * @param categories the categories the period reports (issue 14), in printed order
 */
public record RuleContext(ReturnFigures previousMonth, ReturnFigures earlierInYear, ReturnFigures lastYearEnd,
		InheritedBase inherited, List<ReturnCategory> categories) {

	public static final RuleContext NONE = new RuleContext(null, null, null, null);

	public RuleContext(ReturnFigures previousMonth, ReturnFigures earlierInYear, ReturnFigures lastYearEnd,
			InheritedBase inherited) {
		this(previousMonth, earlierInYear, lastYearEnd, inherited, List.of());
	}

	public RuleContext(ReturnFigures previousMonth, ReturnFigures earlierInYear, ReturnFigures lastYearEnd) {
		this(previousMonth, earlierInYear, lastYearEnd, null);
	}

	/**
	 * Whether the return starts from the inherited base: the agency has no own return
	 * earlier in the year.
	 */
	public boolean startsFromInherited() {
		return this.inherited != null && this.earlierInYear == null;
	}

	/**
	 * What the return's cumulative flows and completion rate are compared with (rules 6,
	 * 7): last month's own return, or else the inherited base the year goes on from.
	 */
	public ReturnFigures lastMonth() {
		return startsFromInherited() ? this.inherited.figures() : this.previousMonth;
	}

	/**
	 * What fixes {@code carriedOver} within the year (rule 5): an earlier own return, or
	 * else the inherited base.
	 */
	public ReturnFigures earlierOrInherited() {
		return startsFromInherited() ? this.inherited.figures() : this.earlierInYear;
	}

	/**
	 * What a new month starts from: the latest earlier month of the year (figures are
	 * cumulative), or the inherited base, or zeros with {@code carriedOver} = last year's
	 * carried-to-next, and each companion line carried from last year (THAHC's
	 * {@code carriedOver}) = last year's line it is carried from.
	 */
	public ReturnFigures prefill() {
		ReturnFigures earlier = earlierOrInherited();
		if (earlier != null) {
			return earlier;
		}
		if (this.lastYearEnd == null) {
			return ReturnFigures.ZERO;
		}
		ReturnFigures prefilled = new ReturnFigures(carriedOverOnly(this.lastYearEnd.cases()),
				carriedOverOnly(this.lastYearEnd.money()));
		for (CompanionForm form : CompanionForm.values()) {
			CompanionValues yearEnd = this.lastYearEnd.companion(form);
			prefilled = prefilled.with(form, CompanionValues.of(form,
					(line) -> (line.carriedFrom() != null) ? yearEnd.get(line.carriedFrom()) : 0));
		}
		return prefilled;
	}

	private static Figures carriedOverOnly(Figures yearEnd) {
		return Figures.ZERO.with(FormColumn.CARRIED_OVER, yearEnd.derive().carriedToNext());
	}

}
