package vn.thads.portal.report.document;

import java.util.List;
import java.util.Objects;

/**
 * A text of a document, worded when it is rendered, in the reader's language: either
 * literal (a name, an already worded sentence) or a message key with its arguments, which
 * {@link DocumentTexts} formats as the portal does (dates 05/10/2022, amounts
 * 1.165.081.049, decimals 57,79).
 */
public record Text(String literal, String key, List<Object> arguments) {

	public Text {
		if ((literal == null) == (key == null)) {
			throw new IllegalArgumentException("A text is either literal or a message key");
		}
		arguments = List.copyOf(arguments);
	}

	public static Text of(String literal) {
		return new Text(Objects.requireNonNullElse(literal, ""), null, List.of());
	}

	public static Text message(String key, Object... arguments) {
		return new Text(null, key, List.of(arguments));
	}

}
