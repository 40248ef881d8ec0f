package vn.thads.portal.report.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.stereotype.Component;
import vn.thads.portal.report.ReportTitles;
import vn.thads.portal.report.XlsxPageSetup;
import vn.thads.portal.report.XlsxStyles;
import vn.thads.portal.web.Formats;

/**
 * Writes a {@link PrintedDocument} as an Excel sheet (Apache POI) in the report's styles
 * ({@link XlsxStyles}) and page setup ({@link XlsxPageSetup}): the heading, the title
 * block, the generic sections top to bottom (a table's numbers as numeric cells), the
 * signatures. A section of the document's own has no generic cells and is left out: a
 * document with such sections writes their sheets itself and adds the generic ones with
 * {@link #sheet}, as the monthly report does.
 */
@Component
public class DocumentXlsx {

	/** Columns a sheet spans at least: the heading's two blocks need room. */
	private static final int MIN_WIDTH = 8;

	private final DocumentTexts texts;

	private final ReportTitles titles;

	DocumentXlsx(DocumentTexts texts, ReportTitles titles) {
		this.texts = texts;
		this.titles = titles;
	}

	/** The workbook of a document: one sheet named by its title. */
	public byte[] write(PrintedDocument document, Locale locale) {
		ByteArrayOutputStream xlsx = new ByteArrayOutputStream(16 * 1024);
		write(document, locale, xlsx);
		return xlsx.toByteArray();
	}

	public void write(PrintedDocument document, Locale locale, OutputStream out) {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			sheet(workbook, new XlsxStyles(workbook), this.texts.text(document.title().title(), locale), document,
					document.sections(), locale);
			workbook.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write the document's workbook", ex);
		}
	}

	/**
	 * Adds a sheet with the document's heading, title block and signatures around
	 * {@code sections}.
	 */
	public void sheet(XSSFWorkbook workbook, XlsxStyles styles, String name, PrintedDocument document,
			List<DocumentSection> sections, Locale locale) {
		XSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(name));
		new SheetWriter(sheet, styles, document, locale, width(sections)).write(sections);
	}

	private static int width(List<DocumentSection> sections) {
		int width = MIN_WIDTH;
		for (DocumentSection section : sections) {
			if (section instanceof DocumentTable table) {
				width = Math.max(width, table.columns().size() + 1);
			}
		}
		return width;
	}

	/** Lays out one sheet, top to bottom, {@code width} columns wide. */
	private final class SheetWriter {

		private final XSSFSheet sheet;

		private final XlsxStyles styles;

		private final PrintedDocument document;

		private final Locale locale;

		private final int width;

		private final int right;

		private int next;

		private int headerRow = -1;

		SheetWriter(XSSFSheet sheet, XlsxStyles styles, PrintedDocument document, Locale locale, int width) {
			this.sheet = sheet;
			this.styles = styles;
			this.document = document;
			this.locale = locale;
			this.width = width;
			this.right = width / 2;
		}

		void write(List<DocumentSection> sections) {
			heading();
			for (DocumentSection section : sections) {
				section(section);
			}
			signatures();
			this.sheet.setColumnWidth(0, 34 * 256);
			for (int column = 1; column < this.width; column++) {
				this.sheet.setColumnWidth(column, 16 * 256);
			}
			XlsxPageSetup.print(this.sheet, this.headerRow, this.headerRow + 1);
		}

		/** Issuer left, the State's name right; then the title block, centred. */
		private void heading() {
			DocumentHeading heading = this.document.heading();
			Row first = row();
			put(first, 0, heading.parentAgency().toUpperCase(this.locale), this.styles.text);
			put(first, this.right, message("report.header.republic"), this.styles.bold);
			Row second = row();
			put(second, 0, heading.agency().toUpperCase(this.locale), this.styles.bold);
			put(second, this.right, message("report.header.motto"), this.styles.bold);
			Row third = row();
			put(third, 0, message("report.header.number", heading.numberSymbol()), this.styles.text);
			put(third, this.right, dateLine(), this.styles.italic);
			row();
			centred(text(this.document.title().title()), this.styles.title);
			for (DocumentTitle.Line line : this.document.title().lines()) {
				centred(text(line.text()), (line.style() == DocumentTitle.Style.SUBJECT) ? this.styles.centred
						: this.styles.centredItalic);
			}
			row();
		}

		private void section(DocumentSection section) {
			if (section instanceof Notice notice) {
				wide(text(notice.text()), this.styles.notice);
				if (!text(notice.detail()).isEmpty()) {
					wide(text(notice.detail()), this.styles.italic);
				}
			}
			else if (section instanceof Paragraphs paragraphs) {
				paragraphs.paragraphs().forEach((paragraph) -> wide(text(paragraph), this.styles.paragraph));
			}
			else if (section instanceof ItemList list) {
				if (!text(list.title()).isEmpty()) {
					put(row(), 0, text(list.title()), this.styles.bold);
				}
				list.items().forEach((item) -> wide("- " + text(item), this.styles.paragraph));
			}
			else if (section instanceof DocumentTable table) {
				table(table);
			}
			else if (section instanceof PageBreak) {
				this.sheet.setRowBreak(this.next - 1);
			}
		}

		/**
		 * Title, labels, numbers, rows, the total in bold; the first table's header
		 * repeats.
		 */
		private void table(DocumentTable table) {
			row();
			put(row(), 0, text(table.title()), this.styles.bold);
			Row labels = row();
			labels.setHeightInPoints(60);
			Row numbers = row();
			if (this.headerRow < 0) {
				this.headerRow = labels.getRowNum();
			}
			put(labels, 0, text(table.labelHeader()), this.styles.header);
			put(numbers, 0, "", this.styles.header);
			this.sheet.addMergedRegion(new CellRangeAddress(labels.getRowNum(), numbers.getRowNum(), 0, 0));
			for (int i = 0; i < table.columns().size(); i++) {
				put(labels, i + 1, text(table.columns().get(i).label()), this.styles.header);
				put(numbers, i + 1, table.columns().get(i).number(), this.styles.headerNumber);
			}
			for (DocumentTable.Row line : table.allRows()) {
				boolean total = line == table.total();
				Row row = row();
				put(row, 0, text(line.label()), total ? this.styles.totalUnit : this.styles.unit);
				for (int i = 0; i < line.values().size(); i++) {
					value(row.createCell(i + 1), line.values().get(i), total);
				}
			}
			row();
		}

		private void value(Cell cell, DocumentTable.Value value, boolean total) {
			if (value.ofText()) {
				cell.setCellValue(value.text());
				cell.setCellStyle(total ? this.styles.totalUnit : this.styles.unit);
			}
			else if (value.ofAmount()) {
				cell.setCellValue(value.amount());
				cell.setCellStyle(total ? this.styles.totalAmount : this.styles.amount);
			}
			else if (value.rate() != null) {
				cell.setCellValue(value.rate().doubleValue());
				cell.setCellStyle(total ? this.styles.totalRate : this.styles.rate);
			}
			else {
				cell.setCellValue(Formats.NONE);
				cell.setCellStyle(total ? this.styles.totalMissing : this.styles.missing);
			}
		}

		/**
		 * The signers side by side under their date lines; the recipients under them,
		 * left.
		 */
		private void signatures() {
			Signatures signatures = this.document.signatures();
			List<Signatures.Signer> signers = signatures.signers();
			if (!signers.isEmpty()) {
				Row dates = row();
				Row titles = row();
				Row hints = row();
				int span = Math.max(1, this.width / signers.size());
				for (int i = 0; i < signers.size(); i++) {
					Signatures.Signer signer = signers.get(i);
					int at = i * span;
					int to = (i == signers.size() - 1) ? this.width - 1 : at + span - 1;
					if (signer.dated()) {
						merged(dates, at, to, dateLine(), this.styles.centredItalic);
					}
					merged(titles, at, to, text(signer.title()), this.styles.centred);
					merged(hints, at, to, text(signer.hint()), this.styles.centredItalic);
				}
			}
			if (!signatures.recipients().isEmpty()) {
				row();
				put(row(), 0, message("report.recipients"), this.styles.bold);
				signatures.recipients().forEach((recipient) -> put(row(), 0, text(recipient), this.styles.text));
			}
		}

		private String dateLine() {
			DocumentHeading heading = this.document.heading();
			return DocumentXlsx.this.titles.dateLine(heading.place(), heading.date(), this.locale);
		}

		private void centred(String value, CellStyle style) {
			Row row = row();
			merged(row, 0, this.width - 1, value, style);
		}

		/** A text across the sheet, its row as high as its wrapped lines. */
		private void wide(String value, CellStyle style) {
			Row row = row();
			merged(row, 0, this.width - 1, value, style);
			int charsPerLine = 34 + 16 * (this.width - 1);
			row.setHeightInPoints(16f * (1 + value.length() / charsPerLine));
		}

		private void merged(Row row, int from, int to, String value, CellStyle style) {
			put(row, from, value, style);
			if (to > from) {
				this.sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), from, to));
			}
		}

		private Row row() {
			return this.sheet.createRow(this.next++);
		}

		private void put(Row row, int column, String value, CellStyle style) {
			Cell cell = row.createCell(column);
			cell.setCellValue(value);
			cell.setCellStyle(style);
		}

		private String text(Text text) {
			return DocumentXlsx.this.texts.text(text, this.locale);
		}

		private String message(String key, Object... arguments) {
			return text(Text.message(key, arguments));
		}

	}

}
