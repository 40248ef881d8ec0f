package vn.thads.portal.dashboard;

import java.util.List;

import vn.thads.portal.returns.CompanionForm;
import vn.thads.portal.returns.CompanionLine;
import vn.thads.portal.returns.CompanionSettings;
import vn.thads.portal.returns.FormLine;
import vn.thads.portal.returns.Reception;
import vn.thads.portal.stats.CompanionStats;

/**
 * The dashboard's card of the companion forms (issue 14: citizen reception, complaints
 * and denunciations, administrative judgments): the reception line of seed 003, then a
 * compact table of every line used, this period against the same period last year.
 *
 * @param reception the citizen reception this period, for the line "Tiếp công dân: 191
 * lượt / 195 người; lãnh đạo 135 lượt / 139 người"
 * @param forms the forms with a figure in either period, in form order
 */
public record CompanionCard(Reception reception, List<Section> forms) {

	public static CompanionCard of(List<CompanionStats> companions, CompanionSettings settings) {
		Reception reception = Reception.ZERO;
		List<Section> forms = new java.util.ArrayList<>();
		for (CompanionStats stats : companions) {
			if (stats.form() == CompanionForm.RECEPTION) {
				reception = Reception.of(stats.now());
			}
			if (stats.hasFigures()) {
				forms.add(new Section(stats.form().code(), stats.form().sectionKey(),
						settings.lines(stats.form()).stream().map((line) -> Line.of(line, stats)).toList()));
			}
		}
		return new CompanionCard(reception, List.copyOf(forms));
	}

	/** Whether the period has citizen reception visits or people, for the line. */
	public boolean receptionShown() {
		return this.reception.visits() != 0 || this.reception.people() != 0;
	}

	public boolean shown() {
		return !this.forms.isEmpty();
	}

	/** One form's rows. */
	public record Section(String code, String titleKey, List<Line> lines) {

	}

	/**
	 * One line: its number and label, this period, last year, the change.
	 *
	 * @param id {@code complaints-complaintsResolved}
	 * @param lastYear null when the form has no figure in the same period last year
	 * @param change null when the form has no figure in the same period last year
	 */
	public record Line(String id, String number, String labelKey, boolean computed, long now, Long lastYear,
			Long change) {

		static Line of(CompanionLine<?> line, CompanionStats stats) {
			boolean compared = stats.hasLastYear();
			return new Line(line.form().code() + "-" + line.code(), FormLine.numbered(line.number()), line.labelKey(),
					!line.isEntered(), stats.value(line), compared ? stats.lastYear(line) : null,
					compared ? stats.change(line) : null);
		}

	}

}
