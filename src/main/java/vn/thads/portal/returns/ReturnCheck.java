package vn.thads.portal.returns;

import java.util.List;

import vn.thads.portal.shared.FieldProblem;

/**
 * Both forms of a return with their derived rows and what the rules of domain.md §3 say
 * about them. Errors block submitting (a draft may keep them); warnings ask for an
 * explanation.
 *
 * @param figures the entered figures
 * @param cases derived rows of the cases form
 * @param money derived rows of the money form
 * @param errors identity errors (rules 1–3), on the fields they concern
 * @param warnings warnings (rules 4–7), on the fields they concern
 */
public record ReturnCheck(ReturnFigures figures, Derived cases, Derived money, List<FieldProblem> errors,
		List<FieldProblem> warnings) {

	public ReturnCheck {
		errors = List.copyOf(errors);
		warnings = List.copyOf(warnings);
	}

	public Derived derived(Form form) {
		return (form == Form.CASES) ? this.cases : this.money;
	}

	public boolean hasErrors() {
		return !this.errors.isEmpty();
	}

	public boolean hasWarnings() {
		return !this.warnings.isEmpty();
	}

	/**
	 * The short code of a problem for the API ({@code carriedOverChanged}): the last part
	 * of its message key.
	 */
	public static String code(FieldProblem problem) {
		return problem.code().substring(problem.code().lastIndexOf('.') + 1);
	}

}
