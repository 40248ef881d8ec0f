package vn.thads.portal.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.thads.portal.report.document.DocumentSection;
import vn.thads.portal.report.document.DocumentXlsx;
import vn.thads.portal.returns.FormColumn;
import vn.thads.portal.web.Formats;

/**
 * Writes a report as an Excel workbook (Apache POI): one sheet per form with the heading
 * of the statistical form above the same rows and columns as the print view, every column
 * in one table (a sheet has no page width; printing fits it to one A4 landscape page
 * wide), then the companion forms with figures on a sheet of the generic
 * {@link DocumentXlsx}. Numbers are numeric cells, so the workbook can be summed and
 * charted.
 */
@Component
public class XlsxWriter {

	/** Column of the unit names; the form's columns follow, then target and gap. */
	private static final int UNIT = 0;

	private static final List<FormColumn> COLUMNS = Arrays.asList(FormColumn.values());

	private static final int TARGET = COLUMNS.size() + 1;

	private static final int GAP = TARGET + 1;

	/** Where the middle and the right blocks of the heading start. */
	private static final int MIDDLE_BLOCK = 9;

	private static final int RIGHT_BLOCK = 17;

	private final MessageSource messages;

	private final Formats fmt;

	private final ReportTitles titles;

	private final DocumentXlsx documents;

	public XlsxWriter(MessageSource messages, Formats fmt, ReportTitles titles, DocumentXlsx documents) {
		this.messages = messages;
		this.fmt = fmt;
		this.titles = titles;
		this.documents = documents;
	}

	/** The workbook of a report, in the language of {@code locale}. */
	public byte[] write(ReportDocument report, Locale locale) {
		ByteArrayOutputStream xlsx = new ByteArrayOutputStream(32 * 1024);
		write(report, locale, xlsx);
		return xlsx.toByteArray();
	}

	public void write(ReportDocument report, Locale locale, OutputStream out) {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			XlsxStyles styles = new XlsxStyles(workbook);
			for (ReportTable table : report.tables()) {
				new SheetWriter(workbook.createSheet(text(locale, "report.xlsx.sheet." + table.form().code())), styles,
						report, table, locale)
					.write();
			}
			if (!report.companions().isEmpty()) {
				this.documents.sheet(workbook, styles, text(locale, "report.xlsx.sheet.companions"), report,
						List.<DocumentSection>copyOf(report.companions()), locale);
			}
			workbook.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write the report workbook", ex);
		}
	}

	private String text(Locale locale, String key, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

	/** Lays out one form on one sheet, top to bottom. */
	private final class SheetWriter {

		private final XSSFSheet sheet;

		private final XlsxStyles styles;

		private final ReportDocument report;

		private final ReportTable table;

		private final Locale locale;

		private int next;

		SheetWriter(XSSFSheet sheet, XlsxStyles styles, ReportDocument report, ReportTable table, Locale locale) {
			this.sheet = sheet;
			this.styles = styles;
			this.report = report;
			this.table = table;
			this.locale = locale;
		}

		void write() {
			heading();
			int headerRow = this.next;
			columnHeader();
			this.sheet.createFreezePane(UNIT + 1, this.next);
			for (ReportRow row : this.table.rows()) {
				figures(row, row.approved() ? row.unitName() : row.unitName() + " (*)", false);
			}
			figures(this.table.total(), text("report.table.total"), true);
			categories();
			closing();
			XlsxPageSetup.apply(this.sheet, headerRow, headerRow + 1);
		}

		/** The heading of the statistical form, as on paper. */
		private void heading() {
			String code = this.table.form().code();
			Row first = row();
			put(first, UNIT, upper(this.report.parentAgencyName()), this.styles.text);
			put(first, RIGHT_BLOCK, text("report.form.code." + code), this.styles.bold);
			Row second = row();
			put(second, UNIT, upper(this.report.agencyName()), this.styles.bold);
			put(second, RIGHT_BLOCK, text("report.form.circular") + " " + this.report.circular(), this.styles.italic);
			centred(text("report.title"), this.styles.title);
			centred("(" + text("form." + code) + ")", this.styles.centredItalic);
			centred(text("report.form.period", this.report.periodTitle()), this.styles.centred);
			centred(text("report.period.bounds", XlsxWriter.this.fmt.date(this.report.period().from()),
					XlsxWriter.this.fmt.date(this.report.period().to())), this.styles.centredItalic);
			Row units = row();
			put(units, UNIT, text("report.form.reporter") + " " + this.report.agencyName(), this.styles.text);
			put(units, MIDDLE_BLOCK, text("report.form.receiver") + " " + this.report.recipient(), this.styles.text);
			put(units, RIGHT_BLOCK, text("report.form.unit", text("form.unit." + code)), this.styles.bold);
			if (!this.report.fullyApproved()) {
				Row notice = row();
				put(notice, UNIT, text(this.report.unapprovedKey(), String.join(", ", this.report.unapprovedUnits())),
						this.styles.notice);
				merge(notice.getRowNum(), UNIT, GAP);
			}
			row();
		}

		/** Labels, then the column numbers and formula legends: (1), (3) = (1) + (2). */
		private void columnHeader() {
			Row labels = row();
			labels.setHeightInPoints(96);
			Row numbers = row();
			numbers.setHeightInPoints(30);
			put(labels, UNIT, text("report.table.unit"), this.styles.header);
			put(numbers, UNIT, "", this.styles.header);
			merge(labels.getRowNum(), UNIT, UNIT, numbers.getRowNum());
			for (FormColumn column : COLUMNS) {
				int at = column.number();
				put(labels, at, text(column.labelKey()) + " (" + column.letter() + ")", this.styles.header);
				put(numbers, at, column.heading(), this.styles.headerNumber);
			}
			put(labels, TARGET, text("report.table.target"), this.styles.header);
			put(numbers, TARGET, text("report.table.targetNumber"), this.styles.headerNumber);
			put(labels, GAP, text("report.table.gap"), this.styles.header);
			put(numbers, GAP, text("report.table.gapNumber"), this.styles.headerNumber);
		}

		private void figures(ReportRow line, String label, boolean total) {
			Row row = row();
			put(row, UNIT, label, total ? this.styles.totalUnit : this.styles.unit);
			for (FormColumn column : COLUMNS) {
				Cell cell = row.createCell(column.number());
				if (!this.table.form().has(column)) {
					value(cell, text("report.table.notApplicable"),
							total ? this.styles.totalMissing : this.styles.missing);
				}
				else if (column.isRate()) {
					decimal(cell, (BigDecimal) line.value(column), total ? this.styles.totalRate : this.styles.rate,
							total);
				}
				else {
					cell.setCellValue((Long) line.value(column));
					cell.setCellStyle(total ? this.styles.totalAmount : this.styles.amount);
				}
			}
			decimal(row.createCell(TARGET), line.target(), total ? this.styles.totalRate : this.styles.rate, total);
			decimal(row.createCell(GAP), line.gap(), total ? this.styles.totalPoints : this.styles.points, total);
		}

		/** A rate or points as a number; a missing value as "—", like on paper. */
		private void decimal(Cell cell, BigDecimal value, CellStyle style, boolean total) {
			if (value == null) {
				value(cell, Formats.NONE, total ? this.styles.totalMissing : this.styles.missing);
			}
			else {
				cell.setCellValue(value.doubleValue());
				cell.setCellStyle(style);
			}
		}

		/**
		 * Under the total, "Trong đó:" and a row per category with figures (issue 14),
		 * its name in the first column.
		 */
		private void categories() {
			if (this.report.categories().isEmpty()) {
				return;
			}
			row();
			put(row(), UNIT, text("report.xlsx.categories"), this.styles.bold);
			for (ReportCategory category : this.report.categories()) {
				figures(category.table(this.table.form()).total(), category.name(), false);
			}
		}

		/** Footnote, then the signatures: preparer left; place, date and head right. */
		private void closing() {
			row();
			if (!this.report.fullyApproved()) {
				put(row(), UNIT, text(this.report.unapprovedFootnoteKey()), this.styles.italic);
			}
			row();
			Row date = row();
			put(date, RIGHT_BLOCK,
					XlsxWriter.this.titles.dateLine(this.report.placeName(), this.report.date(), this.locale),
					this.styles.centredItalic);
			merge(date.getRowNum(), RIGHT_BLOCK, GAP);
			Row titles = row();
			put(titles, UNIT, text("report.sign.preparer"), this.styles.centred);
			put(titles, RIGHT_BLOCK, text("report.sign.head"), this.styles.centred);
			merge(titles.getRowNum(), RIGHT_BLOCK, GAP);
			Row hints = row();
			put(hints, UNIT, text("report.sign.hint"), this.styles.centredItalic);
			put(hints, RIGHT_BLOCK, text("report.sign.hintSeal"), this.styles.centredItalic);
			merge(hints.getRowNum(), RIGHT_BLOCK, GAP);
		}

		private void centred(String value, CellStyle style) {
			Row row = row();
			put(row, UNIT, value, style);
			merge(row.getRowNum(), UNIT, GAP);
		}

		private Row row() {
			return this.sheet.createRow(this.next++);
		}

		private void put(Row row, int column, String value, CellStyle style) {
			value(row.createCell(column), value, style);
		}

		private void value(Cell cell, String value, CellStyle style) {
			cell.setCellValue(value);
			cell.setCellStyle(style);
		}

		private void merge(int row, int from, int to) {
			merge(row, from, to, row);
		}

		private void merge(int row, int from, int to, int lastRow) {
			this.sheet.addMergedRegion(new CellRangeAddress(row, lastRow, from, to));
		}

		private String upper(String value) {
			return (value != null) ? value.toUpperCase(this.locale) : "";
		}

		private String text(String key, Object... args) {
			return XlsxWriter.this.text(this.locale, key, args);
		}

	}

}
