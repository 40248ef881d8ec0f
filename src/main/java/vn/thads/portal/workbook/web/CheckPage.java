package vn.thads.portal.workbook.web;

import java.util.List;

import vn.thads.portal.returns.ReturnView;

/**
 * The dry-run page of an uploaded workbook.
 *
 * @param token ties the confirmation to the file kept in the session; null when the file
 * cannot be saved
 * @param changes each figure saved → uploaded that differs
 * @param derived the derived rows of both forms, saved → uploaded (empty when the file's
 * cells could not all be read)
 * @param versionNotice the return changed since the download, in words, or null
 * @param changedSince what changed since the download, in words
 */
record CheckPage(ReturnView view, String filename, String checksum, String token, List<Line> changes,
		List<Line> derived, List<String> errors, List<String> warnings, boolean blocked, String versionNotice,
		List<String> changedSince) {

	/**
	 * One figure: its category's name (null for the main forms'), the form (or the
	 * reception section), its letter or number and label, saved and uploaded, formatted.
	 */
	record Line(String category, String formKey, String letter, String labelKey, String saved, String uploaded,
			boolean changed) {

	}

}
