package vn.thads.portal.shared;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Text files people upload (CSV saved from Excel): read as UTF-8, strictly — a file in
 * another encoding is refused rather than read with replaced characters — and without the
 * byte order mark Excel writes before the first line.
 */
public final class Utf8Text {

	private static final String BOM = "\uFEFF";

	private Utf8Text() {
	}

	/** The text of {@code content}, or empty when it is not valid UTF-8. */
	public static Optional<String> decode(byte[] content) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
			return Optional.of(text.startsWith(BOM) ? text.substring(1) : text);
		}
		catch (CharacterCodingException ex) {
			return Optional.empty();
		}
	}

}
