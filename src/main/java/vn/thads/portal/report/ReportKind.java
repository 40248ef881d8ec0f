package vn.thads.portal.report;

import java.util.Locale;

import vn.thads.portal.period.ReportingPeriod;
import vn.thads.portal.shared.FieldProblem;
import vn.thads.portal.shared.InvalidInputException;

/**
 * Which report a period is printed as (domain.md §2): the same cumulative figures carry
 * different titles, "quý II" and "6 tháng" both end in the 6th month of the year.
 */
public enum ReportKind {

	/** Quý I–IV: months 3, 6, 9, 12 of the statistical year. */
	QUARTER,

	/** 6 tháng. */
	SIX_MONTHS,

	/** 9 tháng. */
	NINE_MONTHS,

	/** 10 tháng. */
	TEN_MONTHS,

	/** 12 tháng, the year. */
	YEAR,

	/** Any month: "Tháng 8 năm 2021 (11 tháng)". */
	MONTH;

	/** How a link names the kind ({@code ?kind=six-months}). */
	public String code() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/**
	 * The kind a link names, or the usual one for the period when it names none.
	 * @throws InvalidInputException (field {@code kind}) for an unknown kind, or one the
	 * period cannot be printed as (month 5 is no quarter)
	 */
	public static ReportKind parse(String code, ReportingPeriod period) {
		if (code == null || code.isBlank()) {
			return usualFor(period);
		}
		for (ReportKind kind : values()) {
			if (kind.code().equals(code.strip().toLowerCase(Locale.ROOT))) {
				if (!kind.fits(period)) {
					throw new InvalidInputException(
							FieldProblem.of("kind", "report.kind.mismatch." + kind.name(), period.code()));
				}
				return kind;
			}
		}
		throw new InvalidInputException(FieldProblem.of("kind", "report.kind.invalid", code));
	}

	/** Whether a period can be printed as this kind of report. */
	public boolean fits(ReportingPeriod period) {
		return switch (this) {
			case QUARTER -> period.quarter() > 0;
			case SIX_MONTHS -> period.months() == 6;
			case NINE_MONTHS -> period.months() == 9;
			case TEN_MONTHS -> period.months() == 10;
			case YEAR -> period.months() == 12;
			case MONTH -> true;
		};
	}

	/**
	 * The usual title of a period's report when none is chosen: the named periods by
	 * their name, quý I for month 3, the month otherwise.
	 */
	public static ReportKind usualFor(ReportingPeriod period) {
		return switch (period.months()) {
			case 3 -> QUARTER;
			case 6 -> SIX_MONTHS;
			case 9 -> NINE_MONTHS;
			case 10 -> TEN_MONTHS;
			case 12 -> YEAR;
			default -> MONTH;
		};
	}

}
