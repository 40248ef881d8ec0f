package vn.thads.portal.report;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import vn.thads.portal.agency.AgencyRef;

/**
 * What the selection page offers.
 *
 * @param agencies the agencies the user may print reports of, parents before children
 * @param agency the agency chosen (the user's own by default)
 * @param opening the period the page proposes: the latest quarter with data
 * @param currentStatYear the statistical year today is in
 * @param today today, the report's date unless another is chosen
 * @param firstMonth the calendar month the statistical year starts with
 */
public record ReportSelection(List<AgencyRef> agencies, AgencyRef agency, PeriodChoice opening, int currentStatYear,
		LocalDate today, int firstMonth) {

	/** How many years before the current one the page offers. */
	static final int YEARS_BACK = 7;

	/**
	 * The years offered, latest first: the current one and {@value #YEARS_BACK} before,
	 * the opening period's, and the one a link chose (so that the page shows what the
	 * user asked for, even when it cannot be printed).
	 */
	public List<Integer> yearsWith(Integer chosen) {
		int oldest = Math.min(this.currentStatYear - YEARS_BACK, this.opening.statYear());
		TreeSet<Integer> years = IntStream.rangeClosed(oldest, this.currentStatYear)
			.boxed()
			.collect(Collectors.toCollection(TreeSet::new));
		if (chosen != null) {
			years.add(chosen);
		}
		return List.copyOf(years.descendingSet());
	}

	/** The reports of a year, in the order the page lists them. */
	public List<PeriodChoice> choices() {
		return PeriodChoice.of(this.opening.statYear(), this.firstMonth);
	}

}
