package vn.thads.portal.returns;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToLongFunction;

/**
 * The values of one {@link CompanionForm} of a return, or a sum of several: its entered
 * lines, in form order; derived lines are computed on demand.
 *
 * @param form the form
 * @param entered the value of each entered line ({@link CompanionForm#entered()})
 */
public record CompanionValues(CompanionForm form, List<Long> entered) {

	public CompanionValues {
		Objects.requireNonNull(form);
		entered = List.copyOf(entered);
		if (entered.size() != form.entered().size()) {
			throw new IllegalArgumentException(form + " has " + form.entered().size() + " entered lines: " + entered);
		}
	}

	/** Every line 0. */
	public static CompanionValues zero(CompanionForm form) {
		return of(form, (line) -> 0L);
	}

	/** The form's values, each entered line's from {@code valueOf}. */
	public static CompanionValues of(CompanionForm form, ToLongFunction<CompanionLine<?>> valueOf) {
		return new CompanionValues(form, form.entered().stream().map(valueOf::applyAsLong).toList());
	}

	/** A line's value, entered or derived. */
	public long get(CompanionLine<?> line) {
		if (line.form() != this.form) {
			throw new IllegalArgumentException(line.field() + " is not a line of " + this.form);
		}
		return line.valueIn(this::enteredValue);
	}

	private long enteredValue(CompanionLine<?> line) {
		return this.entered.get(this.form.entered().indexOf(line));
	}

	/** Line by line sum (an agency's and its predecessors'). */
	public CompanionValues plus(CompanionValues other) {
		return of(this.form, (line) -> enteredValue(line) + other.enteredValue(line));
	}

	public boolean isZero() {
		return this.entered.stream().allMatch((value) -> value == 0);
	}

	/** Every line by its code, derived ones too, in form order (the API's object). */
	public Map<String, Long> byCode() {
		Map<String, Long> values = new LinkedHashMap<>();
		for (CompanionLine<?> line : this.form.lines()) {
			values.put(line.code(), get(line));
		}
		return values;
	}

}
