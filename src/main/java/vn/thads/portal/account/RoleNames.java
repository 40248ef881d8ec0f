package vn.thads.portal.account;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

import vn.thads.portal.security.Role;

/**
 * A role as people write it in a spreadsheet: {@code OFFICER}, {@code LEADER},
 * {@code ADMIN}, or the Vietnamese names ("cán bộ", "Cán bộ thống kê", "lãnh đạo", "quản
 * trị"), in any case, with or without diacritics.
 */
final class RoleNames {

	private static final Map<String, Role> NAMES = Map.of("officer", Role.OFFICER, "can bo", Role.OFFICER,
			"can bo thong ke", Role.OFFICER, "leader", Role.LEADER, "lanh dao", Role.LEADER, "admin", Role.ADMIN,
			"quan tri", Role.ADMIN, "quan tri he thong", Role.ADMIN, "quan tri vien", Role.ADMIN);

	private RoleNames() {
	}

	/** The role named, or null. */
	static Role parse(String text) {
		if (text == null) {
			return null;
		}
		String plain = Normalizer.normalize(text.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replace('đ', 'd')
			.replaceAll("[\\s_]+", " ");
		return NAMES.get(plain);
	}

}
