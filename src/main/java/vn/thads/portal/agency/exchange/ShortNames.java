package vn.thads.portal.agency.exchange;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The short name of an agency the file names only in full (the file has no short-name
 * column): "Chi cục Thi hành án dân sự thành phố Rạch Giá" → "Rạch Giá", "Phòng Thi hành
 * án dân sự khu vực 1 - An Giang" → "Khu vực 1 - An Giang".
 */
final class ShortNames {

	private static final Pattern PREFIX = Pattern.compile(
			"^.*?thi hành án dân sự\\s+(?:(?:tỉnh|thành phố|thị xã|huyện|quận)\\s+)?",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private ShortNames() {
	}

	static String of(String name) {
		String trimmed = name.trim();
		Matcher prefix = PREFIX.matcher(trimmed);
		String rest = prefix.find() ? trimmed.substring(prefix.end()).trim() : "";
		if (rest.isEmpty()) {
			return trimmed;
		}
		return rest.substring(0, 1).toUpperCase(Locale.ROOT) + rest.substring(1);
	}

}
