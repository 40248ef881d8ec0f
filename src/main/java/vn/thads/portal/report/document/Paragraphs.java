package vn.thads.portal.report.document;

import java.util.List;

/**
 * Paragraphs of text, justified with an indented first line; {@code cssClass} names the
 * block ({@code narrative}).
 */
public record Paragraphs(String cssClass, List<Text> paragraphs) implements DocumentSection {

	public Paragraphs {
		paragraphs = List.copyOf(paragraphs);
	}

	/** Paragraphs already worded. */
	public static Paragraphs of(String cssClass, List<String> paragraphs) {
		return new Paragraphs(cssClass, paragraphs.stream().map(Text::of).toList());
	}

	@Override
	public String fragment() {
		return "document/sections :: paragraphs";
	}

}
