package vn.thads.portal.report;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The few cell styles of a report workbook, created once per workbook (Excel limits their
 * number). Number formats are Excel's built-in {@code #,##0} and {@code 0.00}: the cells
 * stay numbers, and Excel shows them with the reader's regional separators, which on a
 * Vietnamese system are the official ones (1.165.081.049; 57,79). A format with literal
 * dots would print them everywhere but can only group numbers of a fixed length.
 */
public final class XlsxStyles {

	/** Times New Roman is on every machine that opens the workbook, with Vietnamese. */
	private static final String FONT = "Times New Roman";

	public final CellStyle text;

	public final CellStyle bold;

	public final CellStyle italic;

	public final CellStyle title;

	public final CellStyle centred;

	public final CellStyle centredItalic;

	public final CellStyle notice;

	/** Regular, wrapped, justified: a paragraph of a document (issue 15). */
	public final CellStyle paragraph;

	public final CellStyle header;

	public final CellStyle headerNumber;

	public final CellStyle unit;

	public final CellStyle amount;

	public final CellStyle rate;

	public final CellStyle points;

	public final CellStyle missing;

	public final CellStyle totalUnit;

	public final CellStyle totalAmount;

	public final CellStyle totalRate;

	public final CellStyle totalPoints;

	public final CellStyle totalMissing;

	public XlsxStyles(Workbook workbook) {
		Font regular = font(workbook, false, false, 12);
		Font boldFont = font(workbook, true, false, 12);
		Font italicFont = font(workbook, false, true, 12);
		Font small = font(workbook, false, false, 11);
		Font smallBold = font(workbook, true, false, 11);
		Font smallItalic = font(workbook, false, true, 10);
		this.text = style(workbook, regular, HorizontalAlignment.LEFT, false);
		this.bold = style(workbook, boldFont, HorizontalAlignment.LEFT, false);
		this.italic = style(workbook, italicFont, HorizontalAlignment.LEFT, false);
		this.title = style(workbook, font(workbook, true, false, 14), HorizontalAlignment.CENTER, false);
		this.centred = style(workbook, boldFont, HorizontalAlignment.CENTER, false);
		this.centredItalic = style(workbook, italicFont, HorizontalAlignment.CENTER, false);
		this.notice = style(workbook, boldFont, HorizontalAlignment.LEFT, true);
		this.paragraph = style(workbook, regular, HorizontalAlignment.JUSTIFY, true);
		this.header = style(workbook, smallBold, HorizontalAlignment.CENTER, true);
		this.headerNumber = style(workbook, smallItalic, HorizontalAlignment.CENTER, true);
		this.unit = style(workbook, small, HorizontalAlignment.LEFT, true);
		this.amount = number(workbook, small, "#,##0");
		this.rate = number(workbook, small, "0.00");
		this.points = number(workbook, small, "+0.00;-0.00;0.00");
		this.missing = style(workbook, small, HorizontalAlignment.CENTER, true);
		this.totalUnit = style(workbook, smallBold, HorizontalAlignment.LEFT, true);
		this.totalAmount = number(workbook, smallBold, "#,##0");
		this.totalRate = number(workbook, smallBold, "0.00");
		this.totalPoints = number(workbook, smallBold, "+0.00;-0.00;0.00");
		this.totalMissing = style(workbook, smallBold, HorizontalAlignment.CENTER, true);
		for (CellStyle bordered : new CellStyle[] { this.header, this.headerNumber, this.unit, this.missing,
				this.totalUnit, this.totalMissing }) {
			border(bordered);
		}
	}

	private static Font font(Workbook workbook, boolean bold, boolean italic, int points) {
		Font font = workbook.createFont();
		font.setFontName(FONT);
		font.setFontHeightInPoints((short) points);
		font.setBold(bold);
		font.setItalic(italic);
		return font;
	}

	private static CellStyle style(Workbook workbook, Font font, HorizontalAlignment alignment, boolean wrap) {
		CellStyle style = workbook.createCellStyle();
		style.setFont(font);
		style.setAlignment(alignment);
		style.setVerticalAlignment(VerticalAlignment.CENTER);
		style.setWrapText(wrap);
		return style;
	}

	private static CellStyle number(Workbook workbook, Font font, String format) {
		CellStyle style = style(workbook, font, HorizontalAlignment.RIGHT, false);
		style.setDataFormat(workbook.createDataFormat().getFormat(format));
		border(style);
		return style;
	}

	private static void border(CellStyle style) {
		style.setBorderTop(BorderStyle.THIN);
		style.setBorderBottom(BorderStyle.THIN);
		style.setBorderLeft(BorderStyle.THIN);
		style.setBorderRight(BorderStyle.THIN);
	}

}
