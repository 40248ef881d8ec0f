package vn.thads.portal.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Vietnamese number and date formatting, the same in every language of the interface and
 * in every output (pages, PDF, CSV): {@code 1.165.081.049}, {@code 57,79},
 * {@code 05/10/2022}. Templates call it as {@code ${@fmt.number(x)}}; it only formats, it
 * never computes.
 */
@Component("fmt")
public class Formats {

	/** Shown for a value that does not exist (a rate with a zero denominator). */
	public static final String NONE = "—";

	private static final DecimalFormatSymbols SYMBOLS = symbols();

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	private final ZoneId zone;

	public Formats(@Value("${thads.calendar.time-zone:Asia/Ho_Chi_Minh}") ZoneId zone) {
		this.zone = zone;
	}

	private static DecimalFormatSymbols symbols() {
		DecimalFormatSymbols symbols = new DecimalFormatSymbols();
		symbols.setGroupingSeparator('.');
		symbols.setDecimalSeparator(',');
		symbols.setMinusSign('-');
		return symbols;
	}

	/** {@code 1.165.081.049}; a missing value is "—". */
	public String number(Number value) {
		return (value != null) ? new DecimalFormat("#,##0", SYMBOLS).format(value) : NONE;
	}

	/**
	 * A rate or percentage with its two decimals: {@code 57,79}; a missing value is "—".
	 */
	public String decimal(BigDecimal value) {
		return (value != null) ? new DecimalFormat("#,##0.00", SYMBOLS).format(value) : NONE;
	}

	/** {@code 57,79 %}. */
	public String percent(BigDecimal value) {
		return (value != null) ? decimal(value) + " %" : NONE;
	}

	/** Percentage points with their sign: {@code +2,31} or {@code -1,60}. */
	public String points(BigDecimal value) {
		if (value == null) {
			return NONE;
		}
		return (value.signum() > 0) ? "+" + decimal(value) : decimal(value);
	}

	public String date(LocalDate value) {
		return (value != null) ? DATE.format(value) : NONE;
	}

	public String dateTime(TemporalAccessor value) {
		if (value == null) {
			return NONE;
		}
		if (value instanceof Instant instant) {
			return DATE_TIME.format(instant.atZone(this.zone));
		}
		if (value instanceof OffsetDateTime offset) {
			return DATE_TIME.format(offset.atZoneSameInstant(this.zone));
		}
		return DATE_TIME.format(value);
	}

}
