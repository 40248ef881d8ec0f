package vn.thads.portal.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.thads.portal.period.ReportingPeriod;

/**
 * One report a statistical year offers on the selection page: quý I–IV, 6, 9 or 10
 * months, the year, or any month. Each names the period that ends it and the kind of
 * report it is printed as ("quý II" and "6 tháng" end in the same month).
 *
 * @param code what the form sends: {@code quarter-2}, {@code six-months}, {@code year},
 * {@code month-08} (the calendar month)
 */
public record PeriodChoice(String code, ReportKind kind, ReportingPeriod period) {

	/** The named reports, in the order the page lists them, then every month. */
	public static List<PeriodChoice> of(int statYear, int firstMonth) {
		ReportingPeriod first = ReportingPeriod.firstOfYear(statYear, firstMonth);
		List<PeriodChoice> choices = new ArrayList<>();
		for (int quarter = 1; quarter <= 4; quarter++) {
			choices.add(new PeriodChoice("quarter-" + quarter, ReportKind.QUARTER, first.plusMonths(quarter * 3 - 1)));
		}
		for (ReportKind kind : List.of(ReportKind.SIX_MONTHS, ReportKind.NINE_MONTHS, ReportKind.TEN_MONTHS,
				ReportKind.YEAR)) {
			ReportingPeriod period = first.monthsOfYear().stream().filter(kind::fits).findFirst().orElseThrow();
			choices.add(new PeriodChoice(kind.code(), kind, period));
		}
		for (ReportingPeriod month : first.monthsOfYear()) {
			choices
				.add(new PeriodChoice("month-%02d".formatted(month.month().getMonthValue()), ReportKind.MONTH, month));
		}
		return choices;
	}

	public static Optional<PeriodChoice> find(String code, int statYear, int firstMonth) {
		return of(statYear, firstMonth).stream().filter((choice) -> choice.code().equals(code)).findFirst();
	}

	/**
	 * The last quarter that ends at or before {@code period}: the period itself when it
	 * ends a quarter, quý IV of the year before when it is in the first quarter.
	 */
	public static PeriodChoice latestQuarter(ReportingPeriod period) {
		int quarters = period.months() / 3;
		if (quarters == 0) {
			ReportingPeriod end = period.endOfPreviousYear();
			return new PeriodChoice("quarter-4", ReportKind.QUARTER, end);
		}
		return new PeriodChoice("quarter-" + quarters, ReportKind.QUARTER,
				period.plusMonths(quarters * 3 - period.months()));
	}

	public int statYear() {
		return this.period.statYear();
	}

	/** The choice of a period printed as a kind of report, in the period's year. */
	public static PeriodChoice matching(ReportingPeriod period, ReportKind kind) {
		return of(period.statYear(), period.firstMonth()).stream()
			.filter((choice) -> choice.kind() == kind && choice.period().equals(period))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(period + " is not a " + kind + " period"));
	}

	/** The message key of its label on the selection page: "Quý II", "6 tháng". */
	public String labelKey() {
		return "report.choice." + this.kind.name();
	}

	/** The quarter's numeral, or a month's number and how many months it ends. */
	public Object[] labelArguments() {
		return switch (this.kind) {
			case QUARTER -> new Object[] { ReportTitles.roman(this.period.quarter()) };
			case MONTH -> new Object[] { String.valueOf(this.period.month().getMonthValue()),
					String.valueOf(this.period.months()) };
			default -> new Object[0];
		};
	}

}
