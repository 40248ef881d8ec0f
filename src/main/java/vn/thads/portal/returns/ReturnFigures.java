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
 * @param companions the companion forms (issue 14: citizen reception, complaints,
 * administrative judgments); a form not given (a page or file without it) is kept as
 * stored by a save
 */
public record ReturnFigures(Figures cases, Figures money, Map<String, ReturnFigures> categories,
		Companions companions) {

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
		companions = (companions != null) ? companions : Companions.NONE;
	}

	/** The main forms and categories, no companion form given. */
	public ReturnFigures(Figures cases, Figures money, Map<String, ReturnFigures> categories) {
		this(cases, money, categories, Companions.NONE);
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
		return new ReturnFigures(this.cases, this.money, replaced, this.companions);
	}

	/** These forms and categories with the given companion forms instead of these. */
	public ReturnFigures withCompanions(Companions replaced) {
		return new ReturnFigures(this.cases, this.money, this.categories, replaced);
	}

	/** These with a companion form's values replaced (null: not given). */
	public ReturnFigures with(CompanionForm form, CompanionValues values) {
		return withCompanions(this.companions.with(form, values));
	}

	/** These forms and categories with the given reception instead of this one. */
	public ReturnFigures withReception(Reception replaced) {
		return with(CompanionForm.RECEPTION, (replaced != null) ? replaced.values() : null);
	}

	/** A companion form's values, zeros when not given. */
	public CompanionValues companion(CompanionForm form) {
		return this.companions.get(form);
	}

	/**
	 * Equal figures are equal records: a companion form not given equals one of zeros
	 * (what differs is only what a save does with it).
	 */
	@Override
	public boolean equals(Object other) {
		return other instanceof ReturnFigures that && this.cases.equals(that.cases) && this.money.equals(that.money)
				&& this.categories.equals(that.categories) && this.companions.sameValues(that.companions);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.cases, this.money, this.categories, this.companions.orZero());
	}

	/** The reception, or null when not given. */
	public Reception reception() {
		return this.companions.has(CompanionForm.RECEPTION) ? Reception.of(this.companions.get(CompanionForm.RECEPTION))
				: null;
	}

	/** The reception, zeros when not given. */
	public Reception receptionOrZero() {
		return Reception.of(companion(CompanionForm.RECEPTION));
	}

	/** Whether both forms are all 0 (categories aside). */
	public boolean isZero() {
		return this.cases.equals(Figures.ZERO) && this.money.equals(Figures.ZERO);
	}

	/**
	 * Form by form sum, categories and companion forms too: an agency's figures plus
	 * another's (predecessors).
	 */
	public ReturnFigures plus(ReturnFigures other) {
		Map<String, ReturnFigures> summed = new TreeMap<>(this.categories);
		other.categories.forEach((code, figures) -> summed.merge(code, figures, ReturnFigures::plus));
		return new ReturnFigures(this.cases.plus(other.cases), this.money.plus(other.money), summed,
				this.companions.plus(other.companions));
	}

}
