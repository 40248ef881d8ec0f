package vn.thads.portal.returns.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.thads.portal.returns.FigureInput;
import vn.thads.portal.returns.Figures;
import vn.thads.portal.returns.Form;
import vn.thads.portal.returns.FormColumn;
import vn.thads.portal.returns.CompanionForm;
import vn.thads.portal.returns.CompanionLine;
import vn.thads.portal.returns.CompanionValues;
import vn.thads.portal.returns.ReturnCategory;
import vn.thads.portal.returns.ReturnFigures;
import vn.thads.portal.shared.FieldProblem;
import vn.thads.portal.web.Formats;

/**
 * The entry page's form: both forms' figures exactly as typed (so that every error path
 * shows them again), the version the officer started from, and the explanation. Inputs
 * are named {@code cases[completed]}, {@code money[withoutConditions]}; a category's
 * {@code categories[TIN_DUNG_NGAN_HANG].cases[completed]} (issue 14).
 */
public class EntryForm {

	private Long version;

	private Map<String, String> cases = new LinkedHashMap<>();

	private Map<String, String> money = new LinkedHashMap<>();

	private String explanation;

	private Map<String, CategoryForm> categories = new LinkedHashMap<>();

	/**
	 * The companion forms as typed, by field: {@code companion[reception.visits]} (issue
	 * 14).
	 */
	private Map<String, String> companion = new LinkedHashMap<>();

	/**
	 * The figures of a return as the page shows them: {@code 12.345}; those of each
	 * category the period reports.
	 */
	static EntryForm of(ReturnFigures figures, Long version, String explanation, List<ReturnCategory> reported,
			Formats fmt) {
		EntryForm form = new EntryForm();
		form.version = version;
		form.explanation = explanation;
		fill(form.cases, form.money, figures, fmt);
		for (ReturnCategory category : reported) {
			CategoryForm typed = new CategoryForm();
			fill(typed.cases, typed.money, figures.category(category.code()), fmt);
			form.categories.put(category.code(), typed);
		}
		for (CompanionForm companion : CompanionForm.values()) {
			for (CompanionLine<?> line : companion.entered()) {
				form.companion.put(line.field(), fmt.number(figures.companion(companion).get(line)));
			}
		}
		return form;
	}

	private static void fill(Map<String, String> cases, Map<String, String> money, ReturnFigures figures, Formats fmt) {
		for (Form f : Form.values()) {
			for (FormColumn column : FormColumn.ENTERED) {
				if (f.has(column)) {
					((f == Form.CASES) ? cases : money).put(column.code(), fmt.number(figures.of(f).get(column)));
				}
			}
		}
	}

	/**
	 * Reads the typed figures (blank is 0), the categories' too. Fields that cannot be
	 * read count as 0 and are listed as problems; the forms they belong to are in
	 * {@code unreadable}.
	 */
	Parsed parse() {
		List<FieldProblem> problems = new ArrayList<>();
		Set<String> unreadable = new LinkedHashSet<>();
		ReturnFigures main = parse("", this.cases, this.money, problems, unreadable);
		Map<String, ReturnFigures> parts = new LinkedHashMap<>();
		this.categories.forEach((code, typed) -> parts.put(code,
				parse(ReturnCategory.prefix(code), typed.cases, typed.money, problems, unreadable)));
		ReturnFigures figures = main.withCategories(parts);
		for (CompanionForm companion : CompanionForm.values()) {
			figures = figures.with(companion, companion(companion, problems, unreadable));
		}
		return new Parsed(figures, problems, unreadable);
	}

	/**
	 * A companion form as typed (blank is 0), or null when the page sent none of its
	 * lines: the stored one is then kept.
	 */
	private CompanionValues companion(CompanionForm companion, List<FieldProblem> problems, Set<String> unreadable) {
		if (companion.entered().stream().noneMatch((line) -> this.companion.containsKey(line.field()))) {
			return null;
		}
		return CompanionValues.of(companion, (line) -> {
			String typed = this.companion.get(line.field());
			FigureInput.Parsed parsed = FigureInput.parse(typed);
			if (!parsed.ok()) {
				problems.add(parsed.on(line.field(), typed));
				unreadable.add(companion.code() + ".");
			}
			return parsed.value();
		});
	}

	private static ReturnFigures parse(String prefix, Map<String, String> cases, Map<String, String> money,
			List<FieldProblem> problems, Set<String> unreadable) {
		Map<Form, Figures> figures = new EnumMap<>(Form.class);
		for (Form f : Form.values()) {
			Map<FormColumn, Long> values = new EnumMap<>(FormColumn.class);
			for (FormColumn column : FormColumn.ENTERED) {
				String typed = f.has(column) ? ((f == Form.CASES) ? cases : money).get(column.code()) : null;
				FigureInput.Parsed parsed = FigureInput.parse(typed);
				values.put(column, parsed.value());
				if (!parsed.ok()) {
					problems.add(parsed.on(prefix + f.field(column), typed));
					unreadable.add(prefix + f.code() + ".");
				}
			}
			figures.put(f, Figures.of(values));
		}
		return new ReturnFigures(figures.get(Form.CASES), figures.get(Form.MONEY));
	}

	/**
	 * @param figures what could be read, unreadable fields as 0
	 * @param problems rule 1 problems of the typed text, on their fields
	 * @param unreadable the field prefixes of the forms with at least one problem
	 * ({@code cases.}, {@code categories.CODE.money.}): their derived rows are unknown
	 */
	record Parsed(ReturnFigures figures, List<FieldProblem> problems, Set<String> unreadable) {

		public boolean ok() {
			return this.problems.isEmpty();
		}

		/** Whether a problem is on a form that could be read. */
		boolean readable(FieldProblem problem) {
			return this.unreadable.stream().noneMatch((prefix) -> problem.field().startsWith(prefix));
		}

	}

	/** Whether the page sent categories: then they replace the stored ones. */
	boolean hasCategories() {
		return !this.categories.isEmpty();
	}

	Map<String, String> typed(Form form) {
		return (form == Form.CASES) ? this.cases : this.money;
	}

	/**
	 * The typed figures of one form: the main one ({@code prefix} "") or a category's.
	 */
	Map<String, String> typed(String prefix, Form form) {
		if (prefix.isEmpty()) {
			return typed(form);
		}
		String code = prefix.substring(ReturnCategory.FIELD_PREFIX.length(), prefix.length() - 1);
		CategoryForm typed = this.categories.computeIfAbsent(code, (c) -> new CategoryForm());
		return (form == Form.CASES) ? typed.cases : typed.money;
	}

	public Map<String, CategoryForm> getCategories() {
		return this.categories;
	}

	public void setCategories(Map<String, CategoryForm> categories) {
		this.categories = categories;
	}

	/** One category's two forms as typed. */
	public static class CategoryForm {

		private Map<String, String> cases = new LinkedHashMap<>();

		private Map<String, String> money = new LinkedHashMap<>();

		public Map<String, String> getCases() {
			return this.cases;
		}

		public void setCases(Map<String, String> cases) {
			this.cases = cases;
		}

		public Map<String, String> getMoney() {
			return this.money;
		}

		public void setMoney(Map<String, String> money) {
			this.money = money;
		}

	}

	public Map<String, String> getCompanion() {
		return this.companion;
	}

	public void setCompanion(Map<String, String> companion) {
		this.companion = companion;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public Map<String, String> getCases() {
		return this.cases;
	}

	public void setCases(Map<String, String> cases) {
		this.cases = cases;
	}

	public Map<String, String> getMoney() {
		return this.money;
	}

	public void setMoney(Map<String, String> money) {
		this.money = money;
	}

	public String getExplanation() {
		return this.explanation;
	}

	public void setExplanation(String explanation) {
		this.explanation = explanation;
	}

}
