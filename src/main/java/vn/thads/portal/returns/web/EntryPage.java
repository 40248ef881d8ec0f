package vn.thads.portal.returns.web;

import java.time.Instant;
import java.util.List;

import vn.thads.portal.returns.HistoryEntry;
import vn.thads.portal.returns.ReturnView;

/**
 * What the entry page shows: the return, its rows laid out like the official forms (cases
 * and money side by side), the checks, and on a stale save the conflict with what another
 * person saved.
 *
 * @param form the figures as typed, the version and the explanation
 * @param categories a section per category the period reports ("Trong đó: …")
 * @param companions the companion forms' sections (issue 14: citizen reception,
 * complaints, administrative judgments)
 * @param errors every error, for the summary next to the form
 * @param warnings every warning, for the summary
 * @param explanationError why the explanation is needed, or null
 * @param conflict null unless someone else saved in between
 * @param draftKey where the browser keeps an unsaved copy of the typing
 * @param clearDraft the figures were just saved: the browser's copy can go
 * @param notice why the return cannot be entered or changed now, in words, or null
 * @param inherited the base the agency's year goes on from, line by line; empty when
 * nothing is inherited
 */
public record EntryPage(ReturnView view, EntryForm form, List<Row> rows, List<CategorySection> categories,
		List<CompanionSection> companions, List<String> errors, List<String> warnings, String explanationError,
		Conflict conflict, String draftKey, boolean clearDraft, String notice, List<InheritedRow> inherited) {

	public boolean editable() {
		return this.view.can().edit();
	}

	/**
	 * One line of the form.
	 *
	 * @param number the printed column number, {@code (7)}
	 * @param letter {@code G}
	 * @param legend how a computed line is computed, or null
	 */
	public record Row(String number, String letter, String labelKey, String legend, boolean computed, Cell cases,
			Cell money) {

	}

	/**
	 * The lines of one category (issue 14), the same grid as the main form's.
	 *
	 * @param open whether it is shown open: it holds figures or a problem
	 */
	public record CategorySection(String code, String name, boolean open, List<Row> rows) {

	}

	/**
	 * A companion form's section (issue 14): one row per line, its figure in the cases
	 * cell (the money cell is not applicable).
	 *
	 * @param code the form's code, the section's id ({@code reception})
	 * @param titleKey the message key of its title
	 * @param open whether it is shown open: it holds figures or a problem
	 */
	public record CompanionSection(String code, String titleKey, boolean open, List<Row> rows) {

	}

	/**
	 * One figure of one form.
	 *
	 * @param id {@code cases-completed}; the value is {@code v-<id>}, messages
	 * {@code m-<id>}
	 * @param name the input's name, {@code cases[completed]}
	 * @param applicable false for "reduced" on the cases form
	 * @param input an editable input (else the value is shown)
	 * @param theirs on a conflict, the other person's saved value when it differs from
	 * the typed one
	 */
	public record Cell(String id, String name, boolean applicable, boolean input, String value, int tabIndex,
			List<String> errors, List<String> warnings, String theirs) {

		public String valueId() {
			return "v-" + this.id;
		}

		public String messagesId() {
			return "m-" + this.id;
		}

	}

	/**
	 * Someone saved the return after the user opened it.
	 *
	 * @param fields the figures where the saved value and the typed one differ
	 * @param since what was saved since the user's version, from the audit
	 * @param action an action (submit, approve, return, reopen) refused because the
	 * return changed since it was shown: {@code fields} then lists each changed figure as
	 * it is now ({@code theirs}) and as the user saw it ({@code yours})
	 */
	public record Conflict(String updatedBy, Instant updatedAt, List<ConflictField> fields, List<HistoryEntry> since,
			boolean action) {

	}

	/**
	 * One entered line of the inherited base (domain.md §1a).
	 *
	 * @param letter {@code A}
	 */
	public record InheritedRow(String letter, String labelKey, String cases, String money) {

	}

	public record ConflictField(String formKey, String letter, String labelKey, String theirs, String yours) {

	}

}
