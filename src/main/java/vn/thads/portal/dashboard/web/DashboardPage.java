package vn.thads.portal.dashboard.web;

import java.util.List;

/**
 * What the dashboard templates write in their loops, as they write it: numbers formatted,
 * links built, CSS classes chosen and per-row labels worded once in Java
 * ({@link DashboardPages}), so that a page of 66 provinces does not evaluate thousands of
 * expressions, method calls and formatters. The figures and the rules stay where they
 * are: this is only their text.
 *
 * @param periods the options of the month selector
 * @param panes one per form, in the order of {@code DashboardView.FORMS}
 * @param missing completeness: the returns not in, as listed
 * @param late completeness: the returns submitted late, as listed
 */
public record DashboardPage(List<Option> periods, List<Pane> panes, List<Follow> missing, List<Follow> late) {

	/** The units table, the trend and the ranking of one form. */
	public record Pane(String code, List<UnitLine> lines, UnitLine total, List<Named> behind, List<TrendLine> trend,
			List<RankLine> ranking) {

	}

	/** An option of a selector. */
	public record Option(String value, boolean selected, String label) {

	}

	/**
	 * A number of the units table as written, and as a sort reads it.
	 *
	 * @param sort the plain value; null when there is none (no attribute)
	 */
	public record Cell(String text, String sort) {

	}

	/**
	 * A row of a units table, for one form.
	 *
	 * @param href the row's own dashboard; null for the agency's own row (no link)
	 * @param sortName the name a sort by unit reads: empty for the own row (first)
	 */
	public record UnitLine(String id, String rowClass, String href, String name, String sortName, boolean below,
			Cell mustEnforce, Cell withConditions, Cell resolved, Cell rate, Cell target, Cell gap, String gapClass,
			Cell needed, State state) {

	}

	/**
	 * The state of a row's return, as the last cell writes it.
	 *
	 * @param badge the badge and the return's link are shown (a return is expected)
	 * @param late words the days late, or null
	 * @param reported "x / y đã gửi" for a row summing units, or null
	 * @param returnHref the row's return of the period
	 */
	public record State(String sort, boolean badge, String badgeClass, String title, String text, String lateClass,
			String late, String reported, String returnHref, String openReturn) {

	}

	/** A unit named in a sentence: a link to its dashboard, or its name alone. */
	public record Named(String href, String name) {

	}

	/** A month of the trend's table. */
	public record TrendLine(String month, String rate, String lastYear, String progress) {

	}

	/** A row of the ranking's table. */
	public record RankLine(int rank, String name, String rate, String target, String gap) {

	}

	/**
	 * A return named in completeness.
	 *
	 * @param status the return's workflow state in words
	 * @param late its days late (or due date) in words
	 */
	public record Follow(String code, String href, String name, String status, boolean overdue, String late) {

	}

}
