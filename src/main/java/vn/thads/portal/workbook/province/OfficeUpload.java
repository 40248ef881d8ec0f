package vn.thads.portal.workbook.province;

import vn.thads.portal.workbook.SheetFigures;

/**
 * One agency's return as read from an uploaded province workbook, in either layout.
 *
 * @param agencyCode the agency the sheet or row names
 * @param sheet the sheet it is on
 * @param place where it is, for the messages: the sheet's name, or the sheet and row
 * @param periodCode the period it says it is of ({@code 2026-10}), or null when it does
 * not say
 * @param version the version it was downloaded at, or null (a return not saved then, or a
 * row typed in by hand)
 * @param read the figures read, where each was, and what could not be read
 */
record OfficeUpload(String agencyCode, String sheet, String place, String periodCode, Long version, SheetFigures read) {

}
