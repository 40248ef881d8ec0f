package vn.thads.portal.report;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import vn.thads.portal.returns.FormColumn;

/**
 * How a report sheet prints: A4 landscape with the margins of an administrative document
 * (top and bottom 20 mm, left 30 mm, right 15 mm), one page wide, the column header on
 * every page, page numbers centred at the top from page 2, and columns wide enough for
 * 1.165.081.049.
 */
public final class XlsxPageSetup {

	private static final double INCHES_PER_MM = 1 / 25.4;

	/** Excel's header code for the page number. */
	private static final String PAGE_NUMBER = "&P";

	private XlsxPageSetup() {
	}

	/**
	 * @param firstHeaderRow first row of the column header, repeated on every page
	 * @param lastHeaderRow its last row
	 */
	public static void apply(XSSFSheet sheet, int firstHeaderRow, int lastHeaderRow) {
		print(sheet, firstHeaderRow, lastHeaderRow);
		sheet.setColumnWidth(0, 34 * 256);
		for (FormColumn column : FormColumn.values()) {
			sheet.setColumnWidth(column.number(), (column.isRate() ? 10 : 16) * 256);
		}
		int target = FormColumn.values().length + 1;
		sheet.setColumnWidth(target, 10 * 256);
		sheet.setColumnWidth(target + 1, 10 * 256);
	}

	/**
	 * The printing of any document's sheet, its columns left as they are: A4 landscape,
	 * the margins, one page wide, the page numbers; the rows from {@code firstHeaderRow}
	 * to {@code lastHeaderRow} repeat on every page unless {@code firstHeaderRow} is
	 * negative.
	 */
	public static void print(XSSFSheet sheet, int firstHeaderRow, int lastHeaderRow) {
		PrintSetup print = sheet.getPrintSetup();
		print.setPaperSize(PrintSetup.A4_PAPERSIZE);
		print.setLandscape(true);
		print.setFitWidth((short) 1);
		print.setFitHeight((short) 0);
		sheet.setFitToPage(true);
		sheet.setAutobreaks(true);
		if (firstHeaderRow >= 0) {
			sheet.setRepeatingRows(new CellRangeAddress(firstHeaderRow, lastHeaderRow, -1, -1));
		}
		sheet.setMargin(Sheet.TopMargin, 20 * INCHES_PER_MM);
		sheet.setMargin(Sheet.BottomMargin, 20 * INCHES_PER_MM);
		sheet.setMargin(Sheet.LeftMargin, 30 * INCHES_PER_MM);
		sheet.setMargin(Sheet.RightMargin, 15 * INCHES_PER_MM);
		// The first page has a header of its own, left empty: numbers start on page 2
		sheet.getHeader().setCenter(PAGE_NUMBER);
		sheet.getFirstHeader().setCenter("");
	}

}
