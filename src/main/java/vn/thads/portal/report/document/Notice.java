package vn.thads.portal.report.document;

import java.util.Objects;

/**
 * A boxed warning above the body ("Số liệu chưa được phê duyệt đầy đủ: …") and its
 * detail.
 */
public record Notice(Text text, Text detail) implements DocumentSection {

	public Notice {
		Objects.requireNonNull(text, "text");
		detail = Objects.requireNonNullElse(detail, Text.of(""));
	}

	@Override
	public String fragment() {
		return "document/sections :: notice";
	}

}
