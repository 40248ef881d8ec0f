package vn.thads.portal.agency.exchange;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Pattern;

import vn.thads.portal.agency.AgencyLevel;

/** Reading one cell of the agency tree file: codes, levels, dates. */
final class Cells {

	/** The rule {@code AgencyAdministration} applies to a new code. */
	private static final Pattern CODE = Pattern.compile("[A-Z0-9]+(-[A-Z0-9]+)*");

	/**
	 * 01/07/2025, as Vietnamese users type a date; 31/02 is refused, never rolled over.
	 */
	private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private Cells() {
	}

	/** The code in capitals, or null for an empty cell. */
	static String code(String text) {
		return (text == null || text.isBlank()) ? null : text.trim().toUpperCase(Locale.ROOT);
	}

	static boolean isCode(String code) {
		return CODE.matcher(code).matches() && code.length() <= 20;
	}

	/** The level, or null when the cell names none. */
	static AgencyLevel level(String text) {
		try {
			return AgencyLevel.valueOf(text.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** {@code 2025-07-01} or {@code 01/07/2025}; null when it is neither. */
	static LocalDate date(String text) {
		try {
			return LocalDate.parse(text.trim());
		}
		catch (DateTimeParseException notIso) {
			try {
				return LocalDate.parse(text.trim(), VIETNAMESE_DATE);
			}
			catch (DateTimeParseException ex) {
				return null;
			}
		}
	}

}
