package vn.thads.portal.period;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import vn.thads.portal.shared.FieldProblem;
import vn.thads.portal.shared.InvalidInputException;

/**
 * A reporting period: cumulative from the first day of the statistical year to the last
 * day of {@code month}. Identified by that month ({@code 2022-09}); "Tháng 8/2021" is the
 * 11-month report of statistical year 2021.
 *
 * @param month the calendar month that ends the period
 * @param firstMonth the calendar month the statistical year starts with (10)
 */
public record ReportingPeriod(YearMonth month, int firstMonth) implements Comparable<ReportingPeriod> {

	public static final int DEFAULT_FIRST_MONTH = 10;

	/** Statistical years a period code of four digits can name. */
	public static final int FIRST_YEAR = 1001;

	public static final int LAST_YEAR = 9999;

	public ReportingPeriod {
		if (firstMonth < 1 || firstMonth > 12) {
			throw new IllegalArgumentException("first month " + firstMonth);
		}
	}

	public static ReportingPeriod of(int year, int month) {
		return new ReportingPeriod(YearMonth.of(year, month), DEFAULT_FIRST_MONTH);
	}

	/**
	 * Parses {@code YYYY-MM}.
	 * @throws InvalidInputException (field {@code period}) for anything else
	 */
	public static ReportingPeriod parse(String code, int firstMonth) {
		try {
			if (code == null || !code.matches("\\d{4}-\\d{2}")) {
				throw new DateTimeParseException("not YYYY-MM", String.valueOf(code), 0);
			}
			return new ReportingPeriod(YearMonth.parse(code), firstMonth);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException(FieldProblem.of("period", "period.invalid", String.valueOf(code)));
		}
	}

	/** The last period of a statistical year (its 12th month, September by default). */
	public static ReportingPeriod endOfYear(int statYear, int firstMonth) {
		return firstOfYear(statYear, firstMonth).plusMonths(11);
	}

	/**
	 * The first period of a statistical year (its 1st month, October of the year before).
	 * @throws InvalidInputException (field {@code year}) for a year a period code
	 * ({@code YYYY-MM}) cannot name, such as {@code ?year=1000000000}
	 */
	public static ReportingPeriod firstOfYear(int statYear, int firstMonth) {
		if (statYear < FIRST_YEAR || statYear > LAST_YEAR) {
			throw new InvalidInputException(FieldProblem.of("year", "period.year.invalid", String.valueOf(statYear)));
		}
		int calendarYear = (firstMonth == 1) ? statYear : statYear - 1;
		return new ReportingPeriod(YearMonth.of(calendarYear, firstMonth), firstMonth);
	}

	/** {@code 2022-09}. */
	public String code() {
		return this.month.toString();
	}

	/** The statistical year, named by the year it ends: Oct 2021 – Sep 2022 is 2022. */
	public int statYear() {
		return (this.firstMonth == 1 || this.month.getMonthValue() < this.firstMonth) ? this.month.getYear()
				: this.month.getYear() + 1;
	}

	/** How many months the period covers, 1 to 12 ("11 tháng"). */
	public int months() {
		return Math.floorMod(this.month.getMonthValue() - this.firstMonth, 12) + 1;
	}

	/** First day of the statistical year. */
	public LocalDate from() {
		return firstOfYear(statYear(), this.firstMonth).month.atDay(1);
	}

	/** Last day of the period. */
	public LocalDate to() {
		return this.month.atEndOfMonth();
	}

	/** First day of the month that ends the period (the month's own flows start here). */
	public LocalDate monthStart() {
		return this.month.atDay(1);
	}

	/** Quarter of the statistical year (1–4) when the period ends one, else 0. */
	public int quarter() {
		return (months() % 3 == 0) ? months() / 3 : 0;
	}

	public ReportingPeriod plusMonths(int months) {
		return new ReportingPeriod(this.month.plusMonths(months), this.firstMonth);
	}

	/** The month before, or null when this is the first month of the statistical year. */
	public ReportingPeriod previousInYear() {
		return (months() > 1) ? plusMonths(-1) : null;
	}

	/**
	 * Same period last year ("cùng kỳ"): the same month of the previous statistical year.
	 */
	public ReportingPeriod samePeriodLastYear() {
		return plusMonths(-12);
	}

	/**
	 * The 12th period of the previous statistical year (whose carried-to-next opens this
	 * one).
	 */
	public ReportingPeriod endOfPreviousYear() {
		return endOfYear(statYear() - 1, this.firstMonth);
	}

	/** Every period of the statistical year up to and including this one. */
	public List<ReportingPeriod> monthsSoFar() {
		List<ReportingPeriod> periods = new ArrayList<>();
		for (ReportingPeriod p = firstOfYear(statYear(), this.firstMonth); p.compareTo(this) <= 0; p = p
			.plusMonths(1)) {
			periods.add(p);
		}
		return periods;
	}

	/** Every period of the statistical year, 12 of them. */
	public List<ReportingPeriod> monthsOfYear() {
		return endOfYear(statYear(), this.firstMonth).monthsSoFar();
	}

	/** A period can be reported once it has ended. */
	public boolean hasEnded(LocalDate today) {
		return today.isAfter(to());
	}

	/**
	 * The day a return is due: {@code workingDays} working days (Mon–Fri) after the end.
	 */
	public LocalDate dueDate(int workingDays) {
		LocalDate day = to();
		int counted = 0;
		while (counted < workingDays) {
			day = day.plusDays(1);
			if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
				counted++;
			}
		}
		return day;
	}

	@Override
	public int compareTo(ReportingPeriod other) {
		return this.month.compareTo(other.month);
	}

	@Override
	public String toString() {
		return code();
	}

}
