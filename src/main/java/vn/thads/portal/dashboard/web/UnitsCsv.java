package vn.thads.portal.dashboard.web;

import java.util.List;

import vn.thads.portal.shared.CsvExport;

/**
 * The units table as CSV (RFC 4180): UTF-8 with a byte order mark, so that Excel reads
 * the Vietnamese names correctly; comma-separated; numbers plain for other programs —
 * whole numbers without separators, rates and points with a "." decimal point and two
 * decimals ({@code 20352}, {@code 83.50}, {@code -1.60}); an empty field where a value
 * does not exist; names a spreadsheet would run as formulas made inert
 * ({@link CsvExport}). The header names each form's columns with the form.
 */
final class UnitsCsv {

	private UnitsCsv() {
	}

	static byte[] write(UnitsSheet sheet) {
		List<String> headers = sheet.columns()
			.stream()
			.map((column) -> (column.group() != null) ? column.group() + " – " + column.header() : column.header())
			.toList();
		return CsvExport.write(headers, sheet.rows());
	}

}
