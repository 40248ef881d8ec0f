package vn.thads.portal.workbook.province;

import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import vn.thads.portal.returns.Form;
import vn.thads.portal.returns.FormColumn;
import vn.thads.portal.returns.ReturnView;
import vn.thads.portal.report.XlsxStyles;

/**
 * Writes the row-per-agency layout read by {@link OfficeRows}: a title, the period
 * ({@code 2026-10}) in a cell of its own, the forms' group headers, the columns' labels,
 * a row of field codes (what the reader goes by; it may be hidden, not deleted), and a
 * row per return with its version and entered figures.
 */
final class OfficeRowsSheet {

	/** Agency code, name, version, then the figures. */
	private static final int FIRST_FIGURE = 3;

	private final MessageSource messages;

	private final Locale locale;

	OfficeRowsSheet(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	void write(XSSFWorkbook workbook, XlsxStyles styles, ProvinceMonth month) {
		Sheet sheet = workbook.createSheet(text("workbook.province.rows.sheet"));
		put(sheet, 0, 0, text("workbook.province.rows.title", month.province().nameAt(month.period().to()),
				month.period().month().getMonthValue(), month.period().month().getYear()), styles.bold);
		put(sheet, 1, 0, text("workbook.province.rows.period"), styles.italic);
		put(sheet, 1, 2, month.period().code(), styles.bold);
		Row groups = sheet.createRow(3);
		Row labels = sheet.createRow(4);
		Row codes = sheet.createRow(5);
		String[] heads = { text("workbook.province.col.agency"), text("workbook.province.col.name"),
				text("workbook.province.col.version") };
		String[] keys = { OfficeRows.AGENCY, "name", OfficeRows.VERSION };
		for (int c = 0; c < FIRST_FIGURE; c++) {
			put(groups, c, heads[c], styles.header);
			put(labels, c, "", styles.header);
			put(codes, c, keys[c], styles.headerNumber);
			sheet.addMergedRegion(new CellRangeAddress(3, 4, c, c));
		}
		int c = FIRST_FIGURE;
		for (Form form : Form.values()) {
			int first = c;
			for (FormColumn column : FormColumn.ENTERED) {
				if (!form.has(column)) {
					continue;
				}
				put(groups, c, text("workbook.province.rows." + form.code()), styles.header);
				put(labels, c, text(column.labelKey()) + " (" + column.letter() + ")", styles.header);
				put(codes, c, form.field(column), styles.headerNumber);
				sheet.setColumnWidth(c, 14 * 256);
				c++;
			}
			sheet.addMergedRegion(new CellRangeAddress(3, 3, first, c - 1));
		}
		List<ReturnView> returns = month.returns();
		for (int i = 0; i < returns.size(); i++) {
			ReturnView r = returns.get(i);
			Row row = sheet.createRow(6 + i);
			put(row, 0, r.agency().code(), styles.unit);
			put(row, 1, r.agency().shortNameAt(month.period().to()), styles.unit);
			Cell version = row.createCell(2);
			version.setCellStyle(styles.missing);
			if (r.version() != null) {
				version.setCellValue(r.version());
			}
			int at = FIRST_FIGURE;
			for (Form form : Form.values()) {
				for (FormColumn column : FormColumn.ENTERED) {
					if (form.has(column)) {
						Cell figure = row.createCell(at++);
						figure.setCellStyle(styles.amount);
						figure.setCellValue(r.figures().of(form).get(column));
					}
				}
			}
		}
		sheet.setColumnWidth(0, 12 * 256);
		sheet.setColumnWidth(1, 28 * 256);
		sheet.setColumnWidth(2, 10 * 256);
		labels.setHeightInPoints(75);
		sheet.createFreezePane(FIRST_FIGURE, 6);
		// a column per figure: two pages wide stays readable
		printable(sheet, 3, 5, 2);
	}

	/**
	 * Printed landscape on A4, {@code pagesWide} pages wide, the header rows on every
	 * page.
	 */
	static void printable(Sheet sheet, int firstHeaderRow, int lastHeaderRow, int pagesWide) {
		PrintSetup print = sheet.getPrintSetup();
		print.setPaperSize(PrintSetup.A4_PAPERSIZE);
		print.setLandscape(true);
		print.setFitWidth((short) pagesWide);
		print.setFitHeight((short) 0);
		sheet.setFitToPage(true);
		sheet.setAutobreaks(true);
		sheet.setRepeatingRows(new CellRangeAddress(firstHeaderRow, lastHeaderRow, -1, -1));
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, this.locale);
	}

	private static void put(Sheet sheet, int row, int column, String value, CellStyle style) {
		Row r = (sheet.getRow(row) != null) ? sheet.getRow(row) : sheet.createRow(row);
		put(r, column, value, style);
	}

	private static void put(Row row, int column, String value, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellValue(value);
		cell.setCellStyle(style);
	}

}
