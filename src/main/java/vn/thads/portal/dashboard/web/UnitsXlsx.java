package vn.thads.portal.dashboard.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The units table as an Excel workbook: one sheet with the title, a row naming each
 * form's columns, the column header (bold, frozen with the unit names, repeated on every
 * printed page), the rows and the bold total. Cells are numbers with Excel's built-in
 * formats, which a Vietnamese system shows with its own separators (20.352; 83,50);
 * printed on A4 landscape, one page wide.
 */
final class UnitsXlsx {

	private static final int TITLE_ROW = 0;

	private static final int GROUP_ROW = 1;

	private static final int HEADER_ROW = 2;

	private static final double INCHES_PER_MM = 1 / 25.4;

	private UnitsXlsx() {
	}

	static byte[] write(UnitsSheet sheet, String sheetName) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Styles styles = new Styles(workbook);
			XSSFSheet xlsx = workbook.createSheet(sheetName);
			List<UnitsSheet.Column> columns = sheet.columns();
			Cell title = xlsx.createRow(TITLE_ROW).createCell(0);
			title.setCellValue(sheet.title());
			title.setCellStyle(styles.title);
			Row groups = xlsx.createRow(GROUP_ROW);
			Row header = xlsx.createRow(HEADER_ROW);
			int groupStart = -1;
			for (int c = 0; c < columns.size(); c++) {
				UnitsSheet.Column column = columns.get(c);
				text(header, c, column.header(), styles.header);
				text(groups, c, (column.group() != null) ? column.group() : "", styles.header);
				boolean startsGroup = column.group() != null
						&& (c == 0 || !column.group().equals(columns.get(c - 1).group()));
				if (startsGroup) {
					groupStart = c;
				}
				boolean endsGroup = column.group() != null
						&& (c + 1 == columns.size() || !column.group().equals(columns.get(c + 1).group()));
				if (endsGroup) {
					xlsx.addMergedRegion(new CellRangeAddress(GROUP_ROW, GROUP_ROW, groupStart, c));
				}
				xlsx.setColumnWidth(c, ((c == 1) ? 40 : 15) * 256);
			}
			int r = HEADER_ROW + 1;
			for (List<Object> values : sheet.rows()) {
				boolean total = r == HEADER_ROW + sheet.rows().size();
				Row row = xlsx.createRow(r++);
				for (int c = 0; c < values.size(); c++) {
					cell(row, c, values.get(c), styles.of(columns.get(c).kind(), total));
				}
			}
			xlsx.createFreezePane(UnitsSheet.LEADING, HEADER_ROW + 1);
			print(xlsx);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void text(Row row, int column, String value, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellValue(value);
		cell.setCellStyle(style);
	}

	private static void cell(Row row, int column, Object value, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellStyle(style);
		if (value instanceof Long number) {
			cell.setCellValue(number);
		}
		else if (value instanceof BigDecimal decimal) {
			cell.setCellValue(decimal.doubleValue());
		}
		else if (value != null) {
			cell.setCellValue(value.toString());
		}
	}

	/** A4 landscape, narrow margins, one page wide, the header on every page. */
	private static void print(XSSFSheet sheet) {
		PrintSetup print = sheet.getPrintSetup();
		print.setPaperSize(PrintSetup.A4_PAPERSIZE);
		print.setLandscape(true);
		print.setFitWidth((short) 1);
		print.setFitHeight((short) 0);
		sheet.setFitToPage(true);
		sheet.setAutobreaks(true);
		sheet.setRepeatingRows(new CellRangeAddress(GROUP_ROW, HEADER_ROW, -1, -1));
		for (short margin : new short[] { XSSFSheet.TopMargin, XSSFSheet.BottomMargin }) {
			sheet.setMargin(margin, 15 * INCHES_PER_MM);
		}
		sheet.setMargin(XSSFSheet.LeftMargin, 15 * INCHES_PER_MM);
		sheet.setMargin(XSSFSheet.RightMargin, 10 * INCHES_PER_MM);
	}

	/** The workbook's few styles, created once (Excel limits their number). */
	private static final class Styles {

		final CellStyle title;

		final CellStyle header;

		final CellStyle[] body;

		final CellStyle[] total;

		Styles(XSSFWorkbook workbook) {
			Font bold = workbook.createFont();
			bold.setBold(true);
			Font big = workbook.createFont();
			big.setBold(true);
			big.setFontHeightInPoints((short) 13);
			this.title = workbook.createCellStyle();
			this.title.setFont(big);
			this.header = bordered(workbook, bold, HorizontalAlignment.CENTER, null);
			this.header.setWrapText(true);
			this.body = styles(workbook, null);
			this.total = styles(workbook, bold);
		}

		CellStyle of(UnitsSheet.Kind kind, boolean totalRow) {
			return (totalRow ? this.total : this.body)[kind.ordinal()];
		}

		private static CellStyle[] styles(XSSFWorkbook workbook, Font font) {
			CellStyle[] styles = new CellStyle[UnitsSheet.Kind.values().length];
			styles[UnitsSheet.Kind.TEXT.ordinal()] = bordered(workbook, font, HorizontalAlignment.LEFT, null);
			styles[UnitsSheet.Kind.AMOUNT.ordinal()] = bordered(workbook, font, HorizontalAlignment.RIGHT, "#,##0");
			styles[UnitsSheet.Kind.RATE.ordinal()] = bordered(workbook, font, HorizontalAlignment.RIGHT, "0.00");
			styles[UnitsSheet.Kind.POINTS.ordinal()] = bordered(workbook, font, HorizontalAlignment.RIGHT,
					"+0.00;-0.00;0.00");
			return styles;
		}

		private static CellStyle bordered(XSSFWorkbook workbook, Font font, HorizontalAlignment align, String format) {
			CellStyle style = workbook.createCellStyle();
			if (font != null) {
				style.setFont(font);
			}
			style.setAlignment(align);
			style.setVerticalAlignment(VerticalAlignment.CENTER);
			style.setBorderTop(BorderStyle.THIN);
			style.setBorderBottom(BorderStyle.THIN);
			style.setBorderLeft(BorderStyle.THIN);
			style.setBorderRight(BorderStyle.THIN);
			if (format != null) {
				style.setDataFormat(workbook.createDataFormat().getFormat(format));
			}
			return style;
		}

	}

}
