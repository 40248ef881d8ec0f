package vn.thads.portal.workbook;

import vn.thads.portal.shared.FieldProblem;

/**
 * A problem found in a workbook: where (the cell as Excel names it, {@code D12}, or null
 * for the whole sheet or file) and what, as a field problem of the entry page.
 *
 * @param sheet the sheet's name, or null
 * @param cell the cell reference, or null
 * @param problem the field ({@code cases.completed}, or {@code file}) and the message
 */
public record CellProblem(String sheet, String cell, FieldProblem problem) {

	public String field() {
		return this.problem.field();
	}

}
