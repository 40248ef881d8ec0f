package vn.thads.portal.workbook.province;

import java.util.List;
import java.util.Locale;

import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.returns.FieldChange;
import vn.thads.portal.returns.ReturnFigures;
import vn.thads.portal.returns.ReturnStatus;

/**
 * What an uploaded province workbook would do to one agency's return.
 *
 * @param place where in the file: the sheet, or the sheet and row; null when absent
 * @param status the return's status now, or null when it has not been saved yet
 * @param fileVersion the version the file was downloaded at, or null
 * @param savedVersion the version saved now, or null
 * @param changes saved now → uploaded, field by field (an unsaved return: from the
 * figures its month starts from)
 * @param errors what is wrong; a blocking one stops the whole upload, the rules' identity
 * errors do not (a draft is saved with them, as on the entry page)
 * @param warnings what the entry page would warn about, and formulas read
 * @param changedSince each figure changed after the file was downloaded, then → now
 * @param uploaded the figures in the file, as they would be saved
 */
public record OfficeResult(AgencyRef agency, String place, Outcome outcome, ReturnStatus status, Long fileVersion,
		Long savedVersion, List<FieldChange> changes, List<Note> errors, List<Note> warnings,
		List<FieldChange> changedSince, ReturnFigures uploaded) {

	public OfficeResult {
		changes = List.copyOf(changes);
		errors = List.copyOf(errors);
		warnings = List.copyOf(warnings);
		changedSince = List.copyOf(changedSince);
	}

	/** The return changed after the file was downloaded. */
	public boolean versionChanged() {
		return this.place != null && this.savedVersion != null && !this.savedVersion.equals(this.fileVersion);
	}

	/** Whether the dry run has more to say about it than its outcome. */
	public boolean isShown() {
		return this.outcome == Outcome.CHANGED || this.outcome == Outcome.REFUSED || versionChanged()
				|| !this.warnings.isEmpty();
	}

	public boolean isBlocked() {
		return this.errors.stream().anyMatch(Note::blocking);
	}

	/** What the upload does to the return. */
	public enum Outcome {

		/** Same figures as saved: nothing to do. */
		UNCHANGED,

		/** Figures differ and will be saved. */
		CHANGED,

		/** Something stops it: nothing of the whole file is saved. */
		REFUSED,

		/** One of the province's returns that the file does not hold: left as it is. */
		ABSENT;

		public String code() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/**
	 * One error or warning, worded in the user's language.
	 *
	 * @param sheet the sheet, or null for the file as a whole
	 * @param cell the cell ({@code D12}), or null
	 * @param field the figure concerned ({@code cases.completed}), or {@code file}
	 * @param blocking whether it stops the upload
	 */
	public record Note(String sheet, String cell, String field, String message, boolean blocking) {

	}

}
