package vn.thads.portal.returns.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.thads.portal.returns.ChangesSince;
import vn.thads.portal.returns.Derived;
import vn.thads.portal.returns.FieldChange;
import vn.thads.portal.returns.Figures;
import vn.thads.portal.returns.Form;
import vn.thads.portal.returns.FormColumn;
import vn.thads.portal.returns.FormLine;
import vn.thads.portal.returns.HistoryEntry;
import vn.thads.portal.returns.InheritedBase;
import vn.thads.portal.returns.ReturnCategories;
import vn.thads.portal.returns.ReturnCategory;
import vn.thads.portal.returns.ReturnCheck;
import vn.thads.portal.returns.ReturnFigures;
import vn.thads.portal.returns.ReturnMessages;
import vn.thads.portal.returns.ReturnView;
import vn.thads.portal.shared.FieldProblem;
import vn.thads.portal.web.Formats;

/**
 * Builds the entry page and its live preview from a return, the typed input and the
 * checks. Numbers are only formatted here, never computed: derived rows come from
 * {@code Figures.derive()} through {@link ReturnCheck}.
 */
@Component
class EntryPages {

	/** Tab order runs down the cases column, then down the money column, then on. */
	static final int CASES_TAB = 1;

	static final int MONEY_TAB = 101;

	private final Formats fmt;

	private final ReturnMessages messages;

	private final ReturnFieldNames fields;

	private final ReturnCategories categories;

	private final CompanionSections companions;

	EntryPages(Formats fmt, ReturnMessages messages, ReturnFieldNames fields, ReturnCategories categories,
			CompanionSections companions) {
		this.categories = categories;
		this.companions = companions;
		this.fmt = fmt;
		this.messages = messages;
		this.fields = fields;
	}

	/** A return as stored (or pre-filled), typed values being its own. */
	EntryPage stored(ReturnView view, boolean clearDraft) {
		EntryForm form = EntryForm.of(view.figures(), view.version(), view.explanation(), reported(view), this.fmt);
		return typed(view, form, view.check(), List.of(), clearDraft);
	}

	/**
	 * A return with what the user typed: problems of the typed text, the checks of what
	 * could be read, and any further problems (the explanation, a period).
	 */
	EntryPage typed(ReturnView view, EntryForm form, ReturnCheck check, List<FieldProblem> more, boolean clearDraft) {
		return page(view, form, check, more, null, Map.of(), clearDraft);
	}

	/** A stale save: the user's typing stays; what the other person saved is shown. */
	EntryPage conflict(ReturnView current, EntryForm form, ReturnCheck check, List<HistoryEntry> since) {
		Map<String, String> theirs = new TreeMap<>();
		List<EntryPage.ConflictField> fields = new ArrayList<>();
		ReturnFigures yours = form.parse().figures();
		for (Form f : Form.values()) {
			for (FormColumn column : FormColumn.ENTERED) {
				long saved = current.figures().of(f).get(column);
				if (f.has(column) && saved != yours.of(f).get(column)) {
					theirs.put(f.field(column), this.fmt.number(saved));
					fields.add(new EntryPage.ConflictField("form." + f.code(), column.letter(), column.labelKey(),
							this.fmt.number(saved), form.typed(f).get(column.code())));
				}
			}
		}
		// the user may overwrite: the next save goes against the version now stored
		form.setVersion(current.version());
		EntryPage.Conflict conflict = new EntryPage.Conflict(current.updatedBy(), current.updatedAt(), fields, since,
				false);
		return page(current, form, check, List.of(), conflict, theirs, false);
	}

	/**
	 * A leader's or officer's action on a version no longer stored: the return as it is
	 * now, each figure changed since the version the user saw (then, now) and the history
	 * since. Nothing was done; acting again goes against the version now shown.
	 */
	EntryPage changedSince(ReturnView current, ChangesSince changed) {
		List<EntryPage.ConflictField> fields = new ArrayList<>();
		for (FieldChange change : changed.changes()) {
			fields.add(new EntryPage.ConflictField(this.fields.formKey(change.field()),
					this.fields.letter(change.field()), this.fields.labelKey(change.field()),
					this.fmt.number(change.to()), (change.from() != null) ? this.fmt.number(change.from()) : ""));
		}
		EntryPage.Conflict conflict = new EntryPage.Conflict(current.updatedBy(), current.updatedAt(), fields,
				changed.since(), true);
		EntryPage page = stored(current, false);
		return new EntryPage(page.view(), page.form(), page.rows(), page.categories(), page.companions(), page.errors(),
				page.warnings(), page.explanationError(), conflict, page.draftKey(), false, page.notice(),
				page.inherited());
	}

	private List<ReturnCategory> reported(ReturnView view) {
		return this.categories.validIn(view.period().monthStart());
	}

	/**
	 * The rows of the live preview: derived values and messages only, the categories'
	 * after the main form's.
	 */
	List<EntryPage.Row> preview(EntryForm form, ReturnCheck check) {
		Checks checks = checks(form, check, List.of());
		List<EntryPage.Row> rows = new ArrayList<>(rows("", true, form, check.figures(), checks, Map.of()));
		for (String code : form.getCategories().keySet()) {
			rows.addAll(
					rows(ReturnCategory.prefix(code), true, form, check.figures().category(code), checks, Map.of()));
		}
		if (!form.getCompanion().isEmpty()) {
			rows.addAll(this.companions.rows(companions(true, form, check, checks)));
		}
		return rows;
	}

	/**
	 * A section per category the period reports ("Trong đó: …"), the same grid as the
	 * main form; open when the category holds figures or a problem.
	 */
	private List<EntryPage.CategorySection> sections(ReturnView view, EntryForm form, ReturnCheck check, Checks checks,
			Map<String, String> theirs) {
		List<EntryPage.CategorySection> sections = new ArrayList<>();
		Locale locale = LocaleContextHolder.getLocale();
		for (ReturnCategory category : reported(view)) {
			String prefix = ReturnCategory.prefix(category.code());
			ReturnFigures figures = check.figures().category(category.code());
			boolean troubled = checks.errors().stream().anyMatch((p) -> p.field().startsWith(prefix));
			sections.add(new EntryPage.CategorySection(category.code(), category.name(locale),
					!figures.isZero() || troubled, rows(prefix, view.can().edit(), form, figures, checks, theirs)));
		}
		return sections;
	}

	private List<EntryPage.CompanionSection> companions(boolean editable, EntryForm form, ReturnCheck check,
			Checks checks) {
		return this.companions.sections(editable, form, check.figures(), checks.errors(), checks.warnings(),
				checks.parsed().unreadable());
	}

	/** The summary of the live preview: errors and warnings in words. */
	List<List<String>> summary(EntryForm form, ReturnCheck check) {
		Checks checks = checks(form, check, List.of());
		return List.of(this.messages.texts(checks.errors()), this.messages.texts(checks.warnings()));
	}

	private EntryPage page(ReturnView view, EntryForm form, ReturnCheck check, List<FieldProblem> more,
			EntryPage.Conflict conflict, Map<String, String> theirs, boolean clearDraft) {
		Checks checks = checks(form, check, more);
		String explanationError = more.stream()
			.filter((p) -> p.field().equals("explanation"))
			.map(this.messages::text)
			.findFirst()
			.orElse(null);
		String draftKey = "thads-return:" + view.agency().code() + ":" + view.period().code();
		String notice = (view.notice() != null) ? this.messages.text(view.notice()) : null;
		return new EntryPage(view, form, rows("", view.can().edit(), form, check.figures(), checks, theirs),
				sections(view, form, check, checks, theirs), companions(view.can().edit(), form, check, checks),
				this.messages.texts(checks.errors()), this.messages.texts(checks.warnings()), explanationError,
				conflict, draftKey, clearDraft, notice, inherited(view.inherited()));
	}

	/** The entered lines of the inherited base, both forms side by side. */
	private List<EntryPage.InheritedRow> inherited(InheritedBase base) {
		if (base == null) {
			return List.of();
		}
		List<EntryPage.InheritedRow> rows = new ArrayList<>();
		for (FormColumn column : FormColumn.ENTERED) {
			Figures cases = base.figures().cases();
			String casesValue = Form.CASES.has(column) ? this.fmt.number(cases.get(column)) : "";
			rows.add(new EntryPage.InheritedRow(column.letter(), column.labelKey(), casesValue,
					this.fmt.number(base.figures().money().get(column))));
		}
		return rows;
	}

	/**
	 * The lines of the main form ({@code prefix} "") or of a category's
	 * ({@code categories.CODE.}); a category's inputs follow the main form's in tab
	 * order.
	 */
	private List<EntryPage.Row> rows(String prefix, boolean editable, EntryForm form, ReturnFigures figures,
			Checks checks, Map<String, String> theirs) {
		List<EntryPage.Row> rows = new ArrayList<>();
		int[] tab = { CASES_TAB, MONEY_TAB };
		for (FormColumn column : FormColumn.values()) {
			EntryPage.Cell[] cells = new EntryPage.Cell[2];
			for (Form f : Form.values()) {
				boolean input = editable && column.isEntered() && f.has(column);
				int tabIndex = (input && prefix.isEmpty()) ? tab[f.ordinal()]++ : 0;
				cells[f.ordinal()] = cell(prefix, f, column, input, tabIndex, form, figures, checks, theirs);
			}
			rows.add(new EntryPage.Row(FormLine.numbered(column.number()), column.letter(), column.labelKey(),
					column.legend(), !column.isEntered(), cells[0], cells[1]));
		}
		return rows;
	}

	private EntryPage.Cell cell(String prefix, Form form, FormColumn column, boolean input, int tabIndex,
			EntryForm typed, ReturnFigures figures, Checks checks, Map<String, String> theirs) {
		String field = prefix + form.field(column);
		String value;
		if (!form.has(column)) {
			value = "";
		}
		else if (input) {
			value = typed.typed(prefix, form).get(column.code());
		}
		else if (column.isEntered()) {
			value = this.fmt.number(figures.of(form).get(column));
		}
		else {
			value = checks.unreadable(prefix, form) ? Formats.NONE : derived(figures.of(form).derive(), column);
		}
		// a category's cells: ids TIN_DUNG_NGAN_HANG-cases-completed, names
		// categories[TIN_DUNG_NGAN_HANG].cases[completed]
		String code = prefix.isEmpty() ? ""
				: prefix.substring(ReturnCategory.FIELD_PREFIX.length(), prefix.length() - 1);
		String id = (prefix.isEmpty() ? "" : code + "-") + form.code() + "-" + column.code();
		String name = (prefix.isEmpty() ? "" : "categories[" + code + "].") + form.code() + "[" + column.code() + "]";
		return new EntryPage.Cell(id, name, form.has(column), input, value, tabIndex,
				this.messages.texts(on(checks.errors(), field)), this.messages.texts(on(checks.warnings(), field)),
				theirs.get(field));
	}

	private String derived(Derived derived, FormColumn column) {
		Object value = derived.get(column);
		return column.isRate() ? this.fmt.decimal((BigDecimal) value) : this.fmt.number((Number) value);
	}

	/**
	 * Problems of the typed text first; the rules' errors and warnings only for forms
	 * that could be read, since an unreadable field counts as 0 and would mislead.
	 */
	private Checks checks(EntryForm form, ReturnCheck check, List<FieldProblem> more) {
		EntryForm.Parsed parsed = form.parse();
		List<FieldProblem> errors = new ArrayList<>(parsed.problems());
		List<FieldProblem> warnings = new ArrayList<>();
		check.errors().stream().filter(parsed::readable).forEach(errors::add);
		check.warnings().stream().filter(parsed::readable).forEach(warnings::add);
		// a failed submit repeats the check's errors: each is listed once
		more.stream().filter((p) -> !p.field().equals("explanation") && !errors.contains(p)).forEach(errors::add);
		return new Checks(errors, warnings, parsed);
	}

	private static List<FieldProblem> on(List<FieldProblem> problems, String field) {
		return problems.stream().filter((p) -> p.field().equals(field)).toList();
	}

	private record Checks(List<FieldProblem> errors, List<FieldProblem> warnings, EntryForm.Parsed parsed) {

		boolean unreadable(String prefix, Form form) {
			return this.parsed.unreadable().contains(prefix + form.code() + ".");
		}

	}

}
