package vn.thads.portal.returns;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the companion forms ({@code thads.returns.companion.*}, docs/domain.md §7).
 *
 * @param unusedLines the fields of entered lines that this installation does not use
 * ({@code adminJudgments.carriedOver} where the circular's THAHC table has no
 * carried-over line): not shown on the entry page nor on the dashboard; they stay 0
 * unless a file or the API gives them
 */
@ConfigurationProperties("thads.returns.companion")
public record CompanionSettings(@DefaultValue List<String> unusedLines) {

	public CompanionSettings {
		unusedLines = (unusedLines != null) ? List.copyOf(unusedLines) : List.of();
	}

	/** Whether the line is shown and used here. */
	public boolean uses(CompanionLine<?> line) {
		return !this.unusedLines.contains(line.field());
	}

	/** The lines of the form used here, in form order. */
	public List<CompanionLine<?>> lines(CompanionForm form) {
		return form.lines().stream().filter(this::uses).toList();
	}

}
