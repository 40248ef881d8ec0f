package vn.thads.portal.web;

import org.springframework.beans.NotReadablePropertyException;
import org.springframework.validation.BindingResult;
import vn.thads.portal.shared.FieldProblem;
import vn.thads.portal.shared.InvalidInputException;

/**
 * Puts a service's field problems on the form they came from, so the page shows each
 * message next to its field with the user's input kept.
 */
public final class FormErrors {

	private FormErrors() {
	}

	public static void apply(InvalidInputException ex, BindingResult binding) {
		for (FieldProblem problem : ex.getProblems()) {
			apply(problem, binding);
		}
	}

	public static void apply(FieldProblem problem, BindingResult binding) {
		try {
			binding.getFieldType(problem.field());
			binding.rejectValue(problem.field(), problem.code(), problem.argumentArray(), problem.code());
		}
		catch (NotReadablePropertyException ex) {
			binding.reject(problem.code(), problem.argumentArray(), problem.code());
		}
	}

}
