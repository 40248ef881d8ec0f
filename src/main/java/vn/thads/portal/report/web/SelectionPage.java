package vn.thads.portal.report.web;

import java.util.List;
import java.util.Locale;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import vn.thads.portal.report.ReportSelection;
import vn.thads.portal.shared.FieldProblem;
import vn.thads.portal.shared.InvalidInputException;
import vn.thads.portal.stats.Basis;
import vn.thads.portal.web.FormErrors;

/**
 * The model of the selection page, shown by its own controller and again, with what was
 * wrong, when a report's link is refused.
 */
final class SelectionPage {

	static final String VIEW = "report/select";

	/** The form's model attribute; its binding result holds the problems. */
	static final String FORM = "choice";

	private SelectionPage() {
	}

	/**
	 * Puts a refused request's problems on the form: those of the period, or of the kind
	 * of report it is printed as, on the choice of the report, which names both.
	 */
	static void reject(InvalidInputException ex, BindingResult binding) {
		for (FieldProblem problem : ex.getProblems()) {
			boolean period = problem.field().equals("period") || problem.field().equals("kind");
			FormErrors.apply(period ? new FieldProblem("choice", problem.code(), problem.arguments()) : problem,
					binding);
		}
	}

	static String show(ReportSelection selection, Model model) {
		model.addAttribute("selection", selection);
		model.addAttribute("bases",
				List.of(Basis.values()).stream().map((basis) -> basis.name().toLowerCase(Locale.ROOT)).toList());
		return VIEW;
	}

}
