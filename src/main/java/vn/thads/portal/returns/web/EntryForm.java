package vn.thads.portal.returns.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.thads.portal.returns.FigureInput;
import vn.thads.portal.returns.Figures;
import vn.thads.portal.returns.Form;
import vn.thads.portal.returns.FormColumn;
import vn.thads.portal.returns.ReturnFigures;
import vn.thads.portal.shared.FieldProblem;
import vn.thads.portal.web.Formats;

/**
 * The entry page's form: both forms' figures exactly as typed (so that every error path
 * shows them again), the version the officer started from, and the explanation. Inputs
 * are named {@code cases[completed]}, {@code money[withoutConditions]}.
 */
public class EntryForm {

	private Long version;

	private Map<String, String> cases = new LinkedHashMap<>();

	private Map<String, String> money = new LinkedHashMap<>();

	private String explanation;

	/** The figures of a return as the page shows them: {@code 12.345}. */
	static EntryForm of(ReturnFigures figures, Long version, String explanation, Formats fmt) {
		EntryForm form = new EntryForm();
		form.version = version;
		form.explanation = explanation;
		for (Form f : Form.values()) {
			for (FormColumn column : FormColumn.ENTERED) {
				if (f.has(column)) {
					form.typed(f).put(column.code(), fmt.number(figures.of(f).get(column)));
				}
			}
		}
		return form;
	}

	/**
	 * Reads the typed figures (blank is 0). Fields that cannot be read count as 0 and are
	 * listed as problems; the forms they belong to are in {@code unreadable}.
	 */
	Parsed parse() {
		List<FieldProblem> problems = new ArrayList<>();
		Set<Form> unreadable = EnumSet.noneOf(Form.class);
		Map<Form, Figures> figures = new EnumMap<>(Form.class);
		for (Form f : Form.values()) {
			Map<FormColumn, Long> values = new EnumMap<>(FormColumn.class);
			for (FormColumn column : FormColumn.ENTERED) {
				String typed = f.has(column) ? typed(f).get(column.code()) : null;
				FigureInput.Parsed parsed = FigureInput.parse(typed);
				values.put(column, parsed.value());
				if (!parsed.ok()) {
					problems.add(parsed.on(f.field(column), typed));
					unreadable.add(f);
				}
			}
			figures.put(f, Figures.of(values));
		}
		return new Parsed(new ReturnFigures(figures.get(Form.CASES), figures.get(Form.MONEY)), problems, unreadable);
	}

	/**
	 * @param figures what could be read, unreadable fields as 0
	 * @param problems rule 1 problems of the typed text, on their fields
	 * @param unreadable forms with at least one problem: their derived rows are unknown
	 */
	record Parsed(ReturnFigures figures, List<FieldProblem> problems, Set<Form> unreadable) {

		public boolean ok() {
			return this.problems.isEmpty();
		}

	}

	Map<String, String> typed(Form form) {
		return (form == Form.CASES) ? this.cases : this.money;
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
