package vn.thads.portal.returns;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The companion forms of a return ({@link CompanionForm}), each given or not: a page or
 * file without a form leaves the stored one as it is.
 *
 * @param given the values of the forms given, by form
 */
public record Companions(Map<CompanionForm, CompanionValues> given) {

	/** None given. */
	public static final Companions NONE = new Companions(Map.of());

	/** Every form given, all 0. */
	public static final Companions ZERO = NONE.orZero();

	public Companions {
		Map<CompanionForm, CompanionValues> held = new EnumMap<>(CompanionForm.class);
		held.putAll(given);
		given = Collections.unmodifiableMap(held);
	}

	/** A form's values, zeros when not given. */
	public CompanionValues get(CompanionForm form) {
		CompanionValues values = this.given.get(form);
		return (values != null) ? values : CompanionValues.zero(form);
	}

	public boolean has(CompanionForm form) {
		return this.given.containsKey(form);
	}

	/** These with the given form's values replaced (null: not given). */
	public Companions with(CompanionForm form, CompanionValues values) {
		Map<CompanionForm, CompanionValues> replaced = new EnumMap<>(CompanionForm.class);
		replaced.putAll(this.given);
		if (values == null) {
			replaced.remove(form);
		}
		else {
			replaced.put(form, values);
		}
		return new Companions(replaced);
	}

	/** Every form given: those not given are 0. */
	public Companions orZero() {
		return orElse(NONE);
	}

	/** Every form given: those not given here from {@code stored}, else 0. */
	public Companions orElse(Companions stored) {
		Map<CompanionForm, CompanionValues> all = new EnumMap<>(CompanionForm.class);
		for (CompanionForm form : CompanionForm.values()) {
			all.put(form, has(form) ? get(form) : stored.get(form));
		}
		return new Companions(all);
	}

	/** Form by form sum, every form given. */
	public Companions plus(Companions other) {
		Map<CompanionForm, CompanionValues> sum = new EnumMap<>(CompanionForm.class);
		for (CompanionForm form : CompanionForm.values()) {
			sum.put(form, get(form).plus(other.get(form)));
		}
		return new Companions(sum);
	}

	/** Equal when every form has the same values, a form not given counting as 0. */
	public boolean sameValues(Companions other) {
		for (CompanionForm form : CompanionForm.values()) {
			if (!get(form).equals(other.get(form))) {
				return false;
			}
		}
		return true;
	}

}
