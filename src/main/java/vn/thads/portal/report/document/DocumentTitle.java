package vn.thads.portal.report.document;

import java.util.List;
import java.util.Objects;

/**
 * The title block under the heading: the title in bold capitals ("BÁO CÁO …"), then its
 * lines, each in a {@link Style}.
 */
public record DocumentTitle(Text title, List<Line> lines) {

	public DocumentTitle {
		Objects.requireNonNull(title, "title");
		lines = List.copyOf(lines);
	}

	public record Line(Style style, Text text) {

		public Line {
			Objects.requireNonNull(style, "style");
			Objects.requireNonNull(text, "text");
		}

	}

	/**
	 * How a line of the title block prints; {@code cssClass} is its class in report.css.
	 */
	public enum Style {

		/** Bold, centred: the subject or period ("Quý IV năm 2022"). */
		SUBJECT("period-title"),

		/** Italic, centred: a precision ("(Từ ngày … đến ngày …)"). */
		NOTE("period-bounds"),

		/** Right-aligned italic: the units of the figures. */
		UNITS("units");

		private final String cssClass;

		Style(String cssClass) {
			this.cssClass = cssClass;
		}

		public String cssClass() {
			return this.cssClass;
		}

	}

}
