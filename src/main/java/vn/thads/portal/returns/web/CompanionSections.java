package vn.thads.portal.returns.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import vn.thads.portal.returns.CompanionForm;
import vn.thads.portal.returns.CompanionLine;
import vn.thads.portal.returns.CompanionSettings;
import vn.thads.portal.returns.CompanionValues;
import vn.thads.portal.returns.FormLine;
import vn.thads.portal.returns.ReturnFigures;
import vn.thads.portal.returns.ReturnMessages;
import vn.thads.portal.shared.FieldProblem;
import vn.thads.portal.web.Formats;

/**
 * The entry page's sections of the companion forms (issue 14: citizen reception,
 * complaints and denunciations, administrative judgments), one per {@link CompanionForm},
 * collapsed until used: a row per line the installation uses, an input for an entered
 * line ({@code companion[reception.visits]}, id {@code reception-visits}) and the value
 * of a derived one with its legend.
 */
@Component
class CompanionSections {

	private final Formats fmt;

	private final ReturnMessages messages;

	private final CompanionSettings settings;

	CompanionSections(Formats fmt, ReturnMessages messages, CompanionSettings settings) {
		this.fmt = fmt;
		this.messages = messages;
		this.settings = settings;
	}

	/**
	 * Every companion form's section; open when it holds figures or a problem.
	 * @param unreadable the forms whose typing could not be read ({@code reception.}):
	 * their derived lines show "—"
	 */
	List<EntryPage.CompanionSection> sections(boolean editable, EntryForm form, ReturnFigures figures,
			List<FieldProblem> errors, List<FieldProblem> warnings, Set<String> unreadable) {
		List<EntryPage.CompanionSection> sections = new ArrayList<>();
		for (CompanionForm companion : CompanionForm.values()) {
			CompanionValues values = figures.companion(companion);
			List<EntryPage.Row> rows = new ArrayList<>();
			boolean troubled = false;
			for (CompanionLine<?> line : this.settings.lines(companion)) {
				String field = line.field();
				List<FieldProblem> lineErrors = on(errors, field);
				List<FieldProblem> lineWarnings = on(warnings, field);
				troubled |= !lineErrors.isEmpty() || !lineWarnings.isEmpty();
				boolean input = editable && line.isEntered();
				String value = input ? form.getCompanion().get(field)
						: (!line.isEntered() && unreadable.contains(companion.code() + ".")) ? Formats.NONE
								: this.fmt.number(values.get(line));
				String id = companion.code() + "-" + line.code();
				EntryPage.Cell cell = new EntryPage.Cell(id, "companion[" + field + "]", true, input, value, 0,
						this.messages.texts(lineErrors), this.messages.texts(lineWarnings), null);
				EntryPage.Cell none = new EntryPage.Cell(id + "-none", "", false, false, "", 0, List.of(), List.of(),
						null);
				rows.add(new EntryPage.Row(FormLine.numbered(line.number()), "", line.labelKey(), line.legend(),
						!line.isEntered(), cell, none));
			}
			sections.add(new EntryPage.CompanionSection(companion.code(), companion.sectionKey(),
					!values.isZero() || troubled, rows));
		}
		return sections;
	}

	/** The rows of every section, for the live preview. */
	List<EntryPage.Row> rows(List<EntryPage.CompanionSection> sections) {
		return sections.stream().flatMap((section) -> section.rows().stream()).toList();
	}

	private static List<FieldProblem> on(List<FieldProblem> problems, String field) {
		return problems.stream().filter((p) -> p.field().equals(field)).toList();
	}

}
