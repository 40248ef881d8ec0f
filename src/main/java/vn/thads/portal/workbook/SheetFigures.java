package vn.thads.portal.workbook;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import vn.thads.portal.returns.Reception;
import vn.thads.portal.returns.ReturnFigures;

/**
 * One return's figures as read from a sheet.
 *
 * @param figures what could be read; an unreadable cell counts as 0; the categories whose
 * rows were found, and the reception lines found
 * @param cells where each field was found: {@code cases.completed} → {@code H9}
 * @param errors cells that are not figures (the entry page's rule 1), a missing table
 * @param warnings formulas whose last value was read
 * @param categoriesRead the codes of the categories whose rows the sheet has
 * @param companionRead the reception lines the sheet has, figure by field
 * ({@code reception.visits}); see {@link ReceptionCells}
 */
public record SheetFigures(ReturnFigures figures, Map<String, String> cells, List<CellProblem> errors,
		List<CellProblem> warnings, Set<String> categoriesRead, Map<String, Long> companionRead) {

	public SheetFigures {
		cells = Map.copyOf(cells);
		errors = List.copyOf(errors);
		warnings = List.copyOf(warnings);
		categoriesRead = Set.copyOf(categoriesRead);
		companionRead = Map.copyOf(companionRead);
		figures = figures.withReception(ReceptionCells.over(companionRead, figures.receptionOrZero()));
	}

	/** Only the main forms were read (no category row, no reception line). */
	public SheetFigures(ReturnFigures figures, Map<String, String> cells, List<CellProblem> errors,
			List<CellProblem> warnings) {
		this(figures, cells, errors, warnings, Set.of(), Map.of());
	}

	public boolean ok() {
		return this.errors.isEmpty();
	}

	/** The cell of a field, or null when the sheet has none for it. */
	public String cell(String field) {
		return this.cells.get(field);
	}

	/**
	 * The figures as a save would store them: what the sheet has, and for what it lacks
	 * (a workbook from before the categories and reception were in it, rows deleted) the
	 * figures of {@code stored}.
	 */
	public ReturnFigures over(ReturnFigures stored) {
		Map<String, ReturnFigures> categories = new TreeMap<>(stored.categories());
		categories.keySet().removeAll(this.categoriesRead);
		categories.putAll(this.figures.categories());
		Reception reception = ReceptionCells.over(this.companionRead, stored.receptionOrZero());
		return this.figures.withCategories(categories)
			.withReception((reception != null) ? reception : stored.receptionOrZero());
	}

}
