package vn.thads.portal.workbook;

import java.util.List;
import java.util.Map;

import vn.thads.portal.returns.ReturnFigures;

/**
 * One return's figures as read from a sheet.
 *
 * @param figures what could be read; an unreadable cell counts as 0
 * @param cells where each field was found: {@code cases.completed} → {@code H9}
 * @param errors cells that are not figures (the entry page's rule 1), a missing table
 * @param warnings formulas whose last value was read
 */
public record SheetFigures(ReturnFigures figures, Map<String, String> cells, List<CellProblem> errors,
		List<CellProblem> warnings) {

	public SheetFigures {
		cells = Map.copyOf(cells);
		errors = List.copyOf(errors);
		warnings = List.copyOf(warnings);
	}

	public boolean ok() {
		return this.errors.isEmpty();
	}

	/** The cell of a field, or null when the sheet has none for it. */
	public String cell(String field) {
		return this.cells.get(field);
	}

}
