package vn.thads.portal.returns;

import java.util.function.ToLongFunction;

/**
 * A line of a {@link CompanionForm}: entered, or derived by its {@link Formula} from the
 * form's other lines. Its code names the API field ({@code reception.leaderVisits}) and
 * the message key ({@code return.reception.leaderVisits}); its SQL name, prefixed with
 * the form's, names the column.
 *
 * @param <L> the enum of the form's lines
 */
public interface CompanionLine<L extends Enum<L> & CompanionLine<L>> extends FormLine<L> {

	/** The form the line belongs to. */
	CompanionForm form();

	/** The API and form field ({@code reception.visits}). */
	default String field() {
		return form().code() + "." + code();
	}

	/** The column of {@code monthly_return} that holds an entered line. */
	default String column() {
		return form().columnPrefix() + sqlName();
	}

	/** The message key of the line's label. */
	default String labelKey() {
		return "return." + form().code() + "." + code();
	}

	/**
	 * The line this one is a part of, or null: a value above it is an error (rules,
	 * {@code return.error.companionPart}), such as the leaders' visits above all visits.
	 */
	default L partOf() {
		return null;
	}

	/**
	 * The line this one is usually at least, or null: a value below it is a warning
	 * ({@code return.warning.<form><Code>}), such as fewer people than visits.
	 */
	default L usuallyAtLeast() {
		return null;
	}

	/**
	 * The line of last year's end this one is carried from, or null: it is fixed within
	 * the year (a value other than an earlier month's is a warning,
	 * {@code return.warning.companionNotFixed}) and a new year's first return starts with
	 * it, like the main forms' carried-over line.
	 */
	default L carriedFrom() {
		return null;
	}

	/** The line's value, entered ones from {@code entered}, derived ones computed. */
	@SuppressWarnings("unchecked")
	default long valueIn(ToLongFunction<CompanionLine<?>> entered) {
		return FormLine.amount((L) this, entered::applyAsLong);
	}

}
