package vn.thads.portal.shared;

import java.util.List;

/**
 * One problem with one input field, as a message key and its arguments, so that the page
 * and the API word it in the user's language.
 *
 * @param field the field's path in the form or JSON body ({@code cases.completed})
 * @param code message key
 * @param arguments message arguments
 */
public record FieldProblem(String field, String code, List<Object> arguments) {

	public FieldProblem {
		arguments = List.copyOf(arguments);
	}

	public static FieldProblem of(String field, String code, Object... arguments) {
		return new FieldProblem(field, code, List.of(arguments));
	}

	public Object[] argumentArray() {
		return this.arguments.toArray();
	}

}
