package vn.thads.portal.account;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import vn.thads.portal.shared.FieldProblem;

/**
 * The rules every way of creating or changing an account shares (the form, the
 * spreadsheet import), so that a file can never do what the page would refuse.
 */
final class AccountRules {

	/** As the database's {@code user_account_username_format}. */
	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]*");

	/**
	 * Deliberately loose: one {@code @}, a dot in the domain, no spaces. Whether the
	 * address exists only a mail can tell.
	 */
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

	static final int MAX_USERNAME = 60;

	static final int MAX_DISPLAY_NAME = 120;

	static final int MAX_EMAIL = 254;

	private AccountRules() {
	}

	/** Usernames are lower case; surrounding blanks are ignored. */
	static String username(String input) {
		return (input != null) ? input.strip().toLowerCase(Locale.ROOT) : "";
	}

	/** Blank is no e-mail address. */
	static String email(String input) {
		return (input == null || input.isBlank()) ? null : input.strip();
	}

	/** Problems of a normalized username's form (not whether it is taken). */
	static void checkUsername(String username, List<FieldProblem> problems) {
		if (username.isEmpty()) {
			problems.add(FieldProblem.of("username", "user.username.required"));
		}
		else if (!USERNAME.matcher(username).matches() || username.length() > MAX_USERNAME) {
			problems.add(FieldProblem.of("username", "user.username.format"));
		}
	}

	static void checkDisplayName(String displayName, List<FieldProblem> problems) {
		if (displayName == null || displayName.isBlank()) {
			problems.add(FieldProblem.of("displayName", "user.displayName.required"));
		}
		else if (displayName.strip().length() > MAX_DISPLAY_NAME) {
			problems.add(FieldProblem.of("displayName", "user.displayName.tooLong", MAX_DISPLAY_NAME));
		}
	}

	/** A normalized e-mail address ({@link #email}); null is fine. */
	static void checkEmail(String email, List<FieldProblem> problems) {
		if (email != null && (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches())) {
			problems.add(FieldProblem.of("email", "user.email.format", email));
		}
	}

}
