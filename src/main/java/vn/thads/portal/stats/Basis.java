package vn.thads.portal.stats;

import java.util.Locale;

import vn.thads.portal.shared.FieldProblem;
import vn.thads.portal.shared.InvalidInputException;

/**
 * Which returns an aggregate counts (domain.md §5); the SQL of {@link StatsQueries}
 * applies it.
 */
public enum Basis {

	/** Submitted and approved returns: the default of every page and call. */
	SUBMITTED,

	/** Approved returns only ({@code ?basis=approved}). */
	APPROVED;

	/** {@code submitted} (also when absent) or {@code approved}; 422 otherwise. */
	public static Basis parse(String value) {
		if (value == null || value.isBlank()) {
			return SUBMITTED;
		}
		try {
			return valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException(FieldProblem.of("basis", "stats.basis.invalid", value));
		}
	}

}
