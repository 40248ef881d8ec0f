package vn.thads.portal.workbook;

import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.thads.portal.returns.ReadFigures;
import vn.thads.portal.returns.ReturnFigures;

/**
 * One return's figures as read from a sheet.
 *
 * @param read what could be read (an unreadable cell counts as 0): the main forms, the
 * categories whose rows were found, the reception lines found
 * @param cells where each field was found: {@code cases.completed} → {@code H9}
 * @param errors cells that are not figures (the entry page's rule 1), a missing table
 * @param warnings formulas whose last value was read
 */
public record SheetFigures(ReadFigures read, Map<String, String> cells, List<CellProblem> errors,
		List<CellProblem> warnings) {

	public SheetFigures {
		cells = Map.copyOf(cells);
		errors = List.copyOf(errors);
		warnings = List.copyOf(warnings);
	}

	/** Only the main forms were read (no category row, no reception line). */
	public SheetFigures(ReturnFigures figures, Map<String, String> cells, List<CellProblem> errors,
			List<CellProblem> warnings) {
		this(new ReadFigures(figures, Set.of(), Map.of()), cells, errors, warnings);
	}

	/** What was read; the reception null when the sheet has none of its lines. */
	public ReturnFigures figures() {
		return this.read.figures();
	}

	/** The codes of the categories whose rows the sheet has. */
	public Set<String> categoriesRead() {
		return this.read.categoriesRead();
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
		return this.read.over(stored);
	}

}
