package vn.thads.portal.returns;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A return's figures as read from a file (a workbook's sheet, a row of the exchange file)
 * that may carry only some of them: files made before the categories and the companion
 * forms existed hold the main forms only, files made before issue 14 item 5 the citizen
 * reception only. What a file lacks is taken from the stored return ({@link #over}), so
 * that an old file changes only what it holds. The one place the files know how the
 * companion lines read (every {@link CompanionForm}'s entered lines, by field:
 * {@code complaints.complaintsReceived}) make up a return's figures.
 *
 * @param figures the main forms, and the categories read
 * @param categoriesRead the codes of the categories the file has (all their figures, 0
 * where blank)
 * @param companionRead the entered companion lines the file has, figure by field
 * ({@code reception.visits})
 */
public record ReadFigures(ReturnFigures figures, Set<String> categoriesRead, Map<String, Long> companionRead) {

	public ReadFigures {
		categoriesRead = Set.copyOf(categoriesRead);
		companionRead = Map.copyOf(companionRead);
		for (CompanionForm form : CompanionForm.values()) {
			figures = figures.with(form, values(form, companionRead, figures.companion(form)));
		}
	}

	/**
	 * The fields of the companion lines a file may carry: every form's entered lines, in
	 * form order.
	 */
	public static List<String> companionFields() {
		return Arrays.stream(CompanionForm.values())
			.flatMap((form) -> form.entered().stream())
			.map(CompanionLine::field)
			.toList();
	}

	/**
	 * The figure of a companion line of a return ({@code complaints.complaintsReceived}).
	 */
	public static long value(ReturnFigures figures, String field) {
		CompanionLine<?> line = CompanionForm.line(field)
			.orElseThrow(() -> new IllegalArgumentException("No companion line " + field));
		return figures.companion(line.form()).get(line);
	}

	/**
	 * The figures as a save would store them: what the file has and, for what it lacks,
	 * the figures of {@code stored}.
	 */
	public ReturnFigures over(ReturnFigures stored) {
		Map<String, ReturnFigures> categories = new TreeMap<>(stored.categories());
		categories.keySet().removeAll(this.categoriesRead);
		categories.putAll(this.figures.categories());
		ReturnFigures result = this.figures.withCategories(categories);
		for (CompanionForm form : CompanionForm.values()) {
			CompanionValues read = values(form, this.companionRead, stored.companion(form));
			result = result.with(form, (read != null) ? read : stored.companion(form));
		}
		return result;
	}

	/**
	 * A form's values made of the lines read, each line not read taken from
	 * {@code stored}; null when none of its lines was read.
	 */
	static CompanionValues values(CompanionForm form, Map<String, Long> read, CompanionValues stored) {
		if (form.entered().stream().noneMatch((line) -> read.containsKey(line.field()))) {
			return null;
		}
		return CompanionValues.of(form, (line) -> read.getOrDefault(line.field(), stored.get(line)));
	}

}
