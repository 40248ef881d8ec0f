package vn.thads.portal.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.thads.portal.period.ReportingPeriod;

/**
 * The wording of a report's period and date: the official title of a reporting period
 * ("Quý IV năm 2022", "6 tháng năm 2022", "Tháng 8 năm 2021 (11 tháng)") and the place
 * and date line ("Kiên Giang, ngày 05 tháng 10 năm 2022"), from the reports bundle.
 * Numbers are passed as text so that no locale groups a year as "2.022". Templates call
 * it as {@code ${@reportTitles…}}.
 */
@Component("reportTitles")
public class ReportTitles {

	/** Quarters are numbered in Roman numerals on Vietnamese documents. */
	private static final List<String> ROMAN = List.of("I", "II", "III", "IV");

	/** Day and month with two digits, as Decree 30/2020 writes them. */
	private static final DateTimeFormatter TWO_DIGITS_DAY = DateTimeFormatter.ofPattern("dd");

	private static final DateTimeFormatter TWO_DIGITS_MONTH = DateTimeFormatter.ofPattern("MM");

	private final MessageSource messages;

	public ReportTitles(MessageSource messages) {
		this.messages = messages;
	}

	/** The title of the period under the usual kind of report. */
	public String period(ReportingPeriod period, Locale locale) {
		return period(period, ReportKind.usualFor(period), locale);
	}

	/**
	 * @throws IllegalArgumentException when the period cannot be printed as that kind
	 */
	public String period(ReportingPeriod period, ReportKind kind, Locale locale) {
		if (!kind.fits(period)) {
			throw new IllegalArgumentException(period + " is not a " + kind + " period");
		}
		String year = String.valueOf(period.statYear());
		return switch (kind) {
			case QUARTER -> message("report.period.quarter", locale, roman(period.quarter()), year);
			case MONTH -> message("report.period.month", locale, String.valueOf(period.month().getMonthValue()),
					String.valueOf(period.month().getYear()), String.valueOf(period.months()));
			default -> message("report.period.months", locale, String.valueOf(period.months()), year);
		};
	}

	/** I, II, III, IV. */
	static String roman(int quarter) {
		return ROMAN.get(quarter - 1);
	}

	/** "Kiên Giang, ngày 05 tháng 10 năm 2022". */
	public String dateLine(String place, LocalDate date, Locale locale) {
		return message("report.header.dateLine", locale, place, TWO_DIGITS_DAY.format(date),
				TWO_DIGITS_MONTH.format(date), String.valueOf(date.getYear()));
	}

	private String message(String key, Locale locale, String... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
