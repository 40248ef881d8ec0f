package vn.thads.portal.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * What a downloaded workbook is, travelling inside it: a very hidden, protected sheet
 * (not shown in Excel's "Unhide" list) that starts with a marker and lists, one row each,
 * the returns in the workbook: agency code, period, the version downloaded (empty for a
 * return not created yet) and the name of the sheet it is on. The sheet is found by its
 * marker, never by its place or name, so reordering or renaming sheets does no harm.
 */
public final class WorkbookMeta {

	/** A1 of the sheet. */
	static final String MARKER = "thads-portal";

	/** B1: what the workbook holds, and the layout's version. */
	static final String FORMAT = "returns/1";

	static final String SHEET_NAME = "thads";

	private static final List<String> HEADER = List.of("agency", "period", "version", "sheet");

	private WorkbookMeta() {
	}

	/**
	 * One return in the workbook.
	 *
	 * @param version the version downloaded, or null for a return not created yet
	 */
	public record Entry(String agency, String period, Long version, String sheet) {

	}

	public static void write(XSSFWorkbook workbook, List<Entry> entries) {
		XSSFSheet sheet = workbook.createSheet(SHEET_NAME);
		Row marker = sheet.createRow(0);
		marker.createCell(0).setCellValue(MARKER);
		marker.createCell(1).setCellValue(FORMAT);
		Row header = sheet.createRow(1);
		for (int i = 0; i < HEADER.size(); i++) {
			header.createCell(i).setCellValue(HEADER.get(i));
		}
		int next = 2;
		for (Entry entry : entries) {
			Row row = sheet.createRow(next++);
			row.createCell(0).setCellValue(entry.agency());
			row.createCell(1).setCellValue(entry.period());
			if (entry.version() != null) {
				row.createCell(2).setCellValue(entry.version());
			}
			row.createCell(3).setCellValue(entry.sheet());
		}
		sheet.enableLocking();
		workbook.setSheetVisibility(workbook.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
	}

	/** The returns the workbook says it holds; empty when it carries no marker sheet. */
	public static List<Entry> read(XSSFWorkbook workbook) {
		Optional<Sheet> found = find(workbook);
		if (found.isEmpty()) {
			return List.of();
		}
		Sheet sheet = found.get();
		List<Entry> entries = new ArrayList<>();
		for (int r = 2; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			if (row == null || FigureCells.text(row.getCell(0)).isEmpty()) {
				continue;
			}
			String version = FigureCells.text(row.getCell(2));
			entries.add(new Entry(FigureCells.text(row.getCell(0)), FigureCells.text(row.getCell(1)),
					version.matches("\\d{1,18}") ? Long.valueOf(version) : null, FigureCells.text(row.getCell(3))));
		}
		return entries;
	}

	private static Optional<Sheet> find(XSSFWorkbook workbook) {
		for (Sheet sheet : workbook) {
			Row first = sheet.getRow(0);
			if (first != null && MARKER.equals(FigureCells.text(first.getCell(0)))
					&& FORMAT.equals(FigureCells.text(first.getCell(1)))) {
				return Optional.of(sheet);
			}
		}
		return Optional.empty();
	}

}
