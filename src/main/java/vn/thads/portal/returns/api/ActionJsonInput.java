package vn.thads.portal.returns.api;

import tools.jackson.databind.JsonNode;
import vn.thads.portal.shared.FieldProblem;
import vn.thads.portal.shared.InvalidInputException;

/**
 * Reads the body of a workflow action (api.md, Returns): {@code {"version": 4}} and, for
 * some, a text ({@code explanation}, {@code comment}, {@code reason}). A missing version
 * is left to the workflow, which reports it with the other missing fields.
 */
final class ActionJsonInput {

	private ActionJsonInput() {
	}

	/**
	 * @param version the version the caller saw, null when absent
	 * @param text the text field, null when absent or not a string
	 */
	record Action(Long version, String text) {

	}

	/**
	 * @throws InvalidInputException (422) for a version that is not a whole number
	 */
	static Action read(JsonNode body, String textField) {
		JsonNode version = field(body, "version");
		JsonNode text = (textField != null) ? field(body, textField) : null;
		if (version == null || version.isNull()) {
			return new Action(null, string(text));
		}
		if (!version.isIntegralNumber() || !version.canConvertToLong() || version.longValue() < 0) {
			throw new InvalidInputException(FieldProblem.of("version", "return.version.invalid", version.toString()));
		}
		return new Action(version.longValue(), string(text));
	}

	private static JsonNode field(JsonNode body, String name) {
		return (body != null && body.isObject()) ? body.get(name) : null;
	}

	private static String string(JsonNode node) {
		return (node != null && node.isString()) ? node.asString() : null;
	}

}
