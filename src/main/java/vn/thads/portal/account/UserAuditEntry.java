package vn.thads.portal.account;

import java.time.Instant;
import java.util.Arrays;

/**
 * One event of the accounts' audit.
 *
 * @param username the account concerned, null for the event of a whole file
 * @param details the arguments of the action's message ({@code user.audit.details.*}),
 * separated by tabs, so that the page words the event in the reader's language
 */
public record UserAuditEntry(Instant at, String actor, UserAuditAction action, String username, String details) {

	static final String SEPARATOR = "\t";

	/** Joins message arguments into {@code details}; tabs inside them become blanks. */
	static String details(Object... arguments) {
		return String.join(SEPARATOR,
				Arrays.stream(arguments).map((a) -> String.valueOf(a).replace(SEPARATOR, " ")).toList());
	}

	/** The arguments of the action's message; counts as numbers. */
	public Object[] arguments() {
		if (this.details == null || this.details.isEmpty()) {
			return new Object[0];
		}
		return Arrays.stream(this.details.split(SEPARATOR, -1))
			.map((a) -> a.matches("\\d{1,9}") ? (Object) Long.valueOf(a) : a)
			.toArray();
	}

}
