package vn.thads.portal.returns;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Both forms of one return: by cases and by money, and the figures of its categories
 * ("trong đó", issue 14), which are parts of them.
 *
 * @param cases tính bằng việc ({@code reduced} is always 0)
 * @param money tính bằng tiền, in thousand đồng
 * @param categories the figures of each category by its code; a category without figures
 * (all 0) is absent, so that equal figures are equal records
 * @param reception the citizen reception and judgments received (issue 14); null when not
 * given (a page or file without them): a save then keeps the stored ones
 */
public record ReturnFigures(Figures cases, Figures money, Map<String, ReturnFigures> categories, Reception reception) {

	public static final ReturnFigures ZERO = new ReturnFigures(Figures.ZERO, Figures.ZERO);

	public ReturnFigures {
		Map<String, ReturnFigures> held = new TreeMap<>();
		if (categories != null) {
			categories.forEach((code, figures) -> {
				if (!figures.isZero()) {
					held.put(code, new ReturnFigures(figures.cases(), figures.money()));
				}
			});
		}
		categories = Collections.unmodifiableMap(held);
	}

	/** The main forms and categories, reception not given. */
	public ReturnFigures(Figures cases, Figures money, Map<String, ReturnFigures> categories) {
		this(cases, money, categories, null);
	}

	/** The main forms alone, no category. */
	public ReturnFigures(Figures cases, Figures money) {
		this(cases, money, null);
	}

	public Figures of(Form form) {
		return (form == Form.CASES) ? this.cases : this.money;
	}

	/** A category's figures, zeros when it has none. */
	public ReturnFigures category(String code) {
		return this.categories.getOrDefault(code, ZERO);
	}

	/** These main forms with the given categories instead of these. */
	public ReturnFigures withCategories(Map<String, ReturnFigures> replaced) {
		return new ReturnFigures(this.cases, this.money, replaced, this.reception);
	}

	/** These forms and categories with the given reception instead of this one. */
	public ReturnFigures withReception(Reception replaced) {
		return new ReturnFigures(this.cases, this.money, this.categories, replaced);
	}

	/**
	 * Equal figures are equal records: a reception not given equals one of zeros (what
	 * differs is only what a save does with it).
	 */
	@Override
	public boolean equals(Object other) {
		return other instanceof ReturnFigures that && this.cases.equals(that.cases) && this.money.equals(that.money)
				&& this.categories.equals(that.categories) && receptionOrZero().equals(that.receptionOrZero());
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.cases, this.money, this.categories, receptionOrZero());
	}

	/** The reception, zeros when not given. */
	public Reception receptionOrZero() {
		return (this.reception != null) ? this.reception : Reception.ZERO;
	}

	/** Whether both forms are all 0 (categories aside). */
	public boolean isZero() {
		return this.cases.equals(Figures.ZERO) && this.money.equals(Figures.ZERO);
	}

	/**
	 * Form by form sum, categories and reception too: an agency's figures plus another's
	 * (predecessors).
	 */
	public ReturnFigures plus(ReturnFigures other) {
		Map<String, ReturnFigures> summed = new TreeMap<>(this.categories);
		other.categories.forEach((code, figures) -> summed.merge(code, figures, ReturnFigures::plus));
		return new ReturnFigures(this.cases.plus(other.cases), this.money.plus(other.money), summed,
				receptionOrZero().plus(other.receptionOrZero()));
	}

}
