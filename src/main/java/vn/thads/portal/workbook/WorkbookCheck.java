package vn.thads.portal.workbook;

import java.util.List;

import vn.thads.portal.returns.FieldChange;
import vn.thads.portal.returns.ReturnCheck;
import vn.thads.portal.returns.ReturnView;

/**
 * The dry run of an uploaded return: what would change, what is wrong, and whether the
 * return changed since the workbook was downloaded. Nothing is saved.
 *
 * @param current the return as saved now (or as a new one would start)
 * @param uploaded the uploaded figures with their derived rows and the rules' errors and
 * warnings; null when cells could not be read (the rules would judge zeros)
 * @param changes each figure saved → uploaded that differs, in form order
 * @param blocking problems that stop the upload: cells that are not figures, a file that
 * is not this return's; nothing can be saved while there is one
 * @param errors every error, blocking or not (the rules' identity errors are saved with a
 * draft, as on the entry page), each on its cell when it has one
 * @param warnings the rules' warnings and the formulas read, on their cells
 * @param editable whether the user may save the return now (as for a {@code PUT}: not
 * submitted or approved, a month the agency can report, not a closed agency's locked one)
 * @param workbookVersion the version the workbook was downloaded at (null: not created)
 * @param changedSince each figure changed since that version, then → now
 */
public record WorkbookCheck(String filename, String checksum, ReturnView current, ReturnCheck uploaded,
		List<FieldChange> changes, List<CellProblem> blocking, List<CellProblem> errors, List<CellProblem> warnings,
		boolean editable, boolean versionChanged, Long workbookVersion, List<FieldChange> changedSince) {

	public WorkbookCheck {
		changes = List.copyOf(changes);
		blocking = List.copyOf(blocking);
		errors = List.copyOf(errors);
		warnings = List.copyOf(warnings);
		changedSince = List.copyOf(changedSince);
	}

	public boolean canConfirm() {
		return this.blocking.isEmpty() && this.editable;
	}

}
