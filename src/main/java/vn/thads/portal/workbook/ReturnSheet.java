package vn.thads.portal.workbook;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.thads.portal.period.ReportingPeriod;
import vn.thads.portal.report.ReportTitles;
import vn.thads.portal.report.XlsxPageSetup;
import vn.thads.portal.report.XlsxStyles;
import vn.thads.portal.returns.CompanionForm;
import vn.thads.portal.returns.CompanionLine;
import vn.thads.portal.returns.Figures;
import vn.thads.portal.returns.Form;
import vn.thads.portal.returns.FormColumn;
import vn.thads.portal.returns.ReturnCategory;
import vn.thads.portal.returns.ReturnFigures;
import vn.thads.portal.web.Formats;

/**
 * Writes one return on one sheet in the layout of the printed forms (report.XlsxWriter):
 * the heading, the columns (1) to (20) with their labels, letters and formula legends,
 * and one row per form, by cases (việc) and by money (nghìn đồng). Entered cells are
 * unlocked, shaded and take only whole numbers from 0 to 10^15; derived cells are locked
 * formulas of the entered ones on the same row; the sheet is protected without a
 * password, so that a statistician cannot overwrite a formula by mistake but can lift the
 * protection. {@link ReturnSheetReader} reads such a sheet back.
 */
@Component
public class ReturnSheet {

	/** The column of the forms' names; column (n) of the form is sheet column n. */
	static final int LABEL = 0;

	private static final int LAST = FormColumn.values().length;

	private static final int RIGHT_BLOCK = 15;

	/** The sheet column of the companion lines' figures: that of column (1). */
	static final int COMPANION_VALUE = 1;

	private final MessageSource messages;

	private final ReportTitles titles;

	private final Formats fmt;

	private final CompanionCells companions;

	ReturnSheet(MessageSource messages, ReportTitles titles, Formats fmt, CompanionCells companions) {
		this.messages = messages;
		this.titles = titles;
		this.fmt = fmt;
		this.companions = companions;
	}

	/**
	 * What the heading of a sheet says about its return.
	 *
	 * @param statusText the return's status in words, or null for one not created yet
	 */
	public record Heading(String agencyCode, String agencyName, ReportingPeriod period, String statusText) {

	}

	/** The styles of one workbook: the reports' ones and the entered cells'. */
	public static final class Styles {

		final XlsxStyles report;

		final CellStyle entered;

		public Styles(XSSFWorkbook workbook) {
			this.report = new XlsxStyles(workbook);
			this.entered = workbook.createCellStyle();
			this.entered.cloneStyleFrom(this.report.amount);
			this.entered.setLocked(false);
			this.entered.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
			this.entered.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		}

		/** The reports' styles, for other sheets of the same workbook. */
		public XlsxStyles report() {
			return this.report;
		}

	}

	/**
	 * Adds a sheet named {@code name} with the return's figures, in {@code locale}: the
	 * main forms, then a pair of rows for each category the period reports ("Trong đó:
	 * …"), then a block per companion form (tiếp công dân, khiếu nại tố cáo, THAHC).
	 */
	public XSSFSheet write(XSSFWorkbook workbook, Styles styles, String name, Heading heading, ReturnFigures figures,
			List<ReturnCategory> categories, Locale locale) {
		XSSFSheet sheet = workbook.createSheet(name);
		XlsxStyles s = styles.report;
		put(row(sheet, 0), LABEL, heading.agencyName().toUpperCase(locale), s.bold);
		put(sheet.getRow(0), RIGHT_BLOCK, text(locale, "workbook.sheet.agencyCode", heading.agencyCode()), s.bold);
		centred(sheet, 1, text(locale, "report.title"), s.title);
		centred(sheet, 2, text(locale, "report.form.period", this.titles.period(heading.period(), locale)), s.centred);
		centred(sheet, 3, text(locale, "report.period.bounds", this.fmt.date(heading.period().from()),
				this.fmt.date(heading.period().to())), s.centredItalic);
		String status = (heading.statusText() != null) ? heading.statusText()
				: text(locale, "workbook.sheet.notCreated");
		put(row(sheet, 4), LABEL, text(locale, "workbook.sheet.hint", status), s.italic);
		int labels = 6;
		header(sheet, labels, s, locale);
		CellRangeAddressList entered = new CellRangeAddressList();
		int next = labels + 2;
		for (Form form : Form.values()) {
			figures(sheet, next++, formLabel(form, locale), form, figures.of(form), styles, entered, locale);
		}
		for (ReturnCategory category : categories) {
			String section = text(locale, "return.categories.section", category.name(locale));
			for (Form form : Form.values()) {
				figures(sheet, next++, section + " — " + formLabel(form, locale), form,
						figures.category(category.code()).of(form), styles, entered, locale)
					.setHeightInPoints(60);
			}
		}
		next++;
		for (CompanionForm form : CompanionForm.values()) {
			next = companionBlock(sheet, next, form, figures, styles, entered, locale) + 1;
		}
		validation(sheet, entered, locale);
		sheet.createFreezePane(LABEL + 1, labels + 2);
		XlsxPageSetup.apply(sheet, labels, labels + 1);
		sheet.setColumnWidth(LABEL, 26 * 256);
		sheet.lockFormatColumns(false);
		sheet.lockFormatRows(false);
		sheet.lockSelectLockedCells(false);
		sheet.lockSelectUnlockedCells(false);
		sheet.enableLocking();
		workbook.setForceFormulaRecalculation(true);
		return sheet;
	}

	private void header(XSSFSheet sheet, int at, XlsxStyles s, Locale locale) {
		Row labels = row(sheet, at);
		labels.setHeightInPoints(96);
		Row numbers = row(sheet, at + 1);
		numbers.setHeightInPoints(30);
		put(labels, LABEL, text(locale, "workbook.sheet.form"), s.header);
		put(numbers, LABEL, "", s.header);
		sheet.addMergedRegion(new CellRangeAddress(at, at + 1, LABEL, LABEL));
		for (FormColumn column : FormColumn.values()) {
			put(labels, column.number(), text(locale, column.labelKey()) + " (" + column.letter() + ")", s.header);
			put(numbers, column.number(), column.heading(), s.headerNumber);
		}
	}

	private String formLabel(Form form, Locale locale) {
		return text(locale, "form." + form.code()) + " (" + text(locale, "form.unit." + form.code()) + ")";
	}

	/**
	 * A companion form's block below the forms ({@link CompanionCells}): its title, then
	 * one row per line, the figure in column (1), entered (yellow, unlocked) or the
	 * formula of a derived line; returns the row after the block.
	 */
	private int companionBlock(XSSFSheet sheet, int at, CompanionForm form, ReturnFigures figures, Styles styles,
			CellRangeAddressList entered, Locale locale) {
		put(row(sheet, at), LABEL, this.companions.title(form, locale), styles.report.bold);
		List<CompanionCells.Line> lines = this.companions.lines(form, figures, locale);
		Map<CompanionLine<?>, String> cells = new HashMap<>();
		for (int i = 0; i < lines.size(); i++) {
			cells.put(lines.get(i).line(), new CellAddress(at + 1 + i, COMPANION_VALUE).formatAsString());
		}
		int next = at + 1;
		for (CompanionCells.Line line : lines) {
			Row row = row(sheet, next);
			put(row, LABEL, line.label(), styles.report.totalUnit);
			row.setHeightInPoints(30);
			Cell value = row.createCell(COMPANION_VALUE);
			if (line.entered()) {
				value.setCellValue(line.value());
				value.setCellStyle(styles.entered);
				entered.addCellRangeAddress(next, COMPANION_VALUE, next, COMPANION_VALUE);
			}
			else {
				value.setCellFormula(CompanionCells.formula(line.line(), cells::get));
				value.setCellStyle(styles.report.totalAmount);
			}
			next++;
		}
		return next;
	}

	private Row figures(XSSFSheet sheet, int at, String label, Form form, Figures values, Styles styles,
			CellRangeAddressList entered, Locale locale) {
		Row row = row(sheet, at);
		row.setHeightInPoints(30);
		put(row, LABEL, label, styles.report.totalUnit);
		for (FormColumn column : FormColumn.values()) {
			Cell cell = row.createCell(column.number());
			if (!form.has(column)) {
				cell.setCellValue(text(locale, "report.table.notApplicable"));
				cell.setCellStyle(styles.report.missing);
			}
			else if (column.isEntered()) {
				cell.setCellValue(values.get(column));
				cell.setCellStyle(styles.entered);
				entered.addCellRangeAddress(at, column.number(), at, column.number());
			}
			else {
				cell.setCellFormula(formula(form, column, at));
				cell.setCellStyle(column.isRate() ? styles.report.totalRate : styles.report.totalAmount);
			}
		}
		return row;
	}

	/** Whole numbers from 0 to 10^15 in every entered cell, with the page's words. */
	private void validation(XSSFSheet sheet, CellRangeAddressList cells, Locale locale) {
		DataValidationHelper helper = sheet.getDataValidationHelper();
		DataValidationConstraint whole = helper.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN,
				"0", String.valueOf(Figures.MAX));
		DataValidation rule = helper.createValidation(whole, cells);
		rule.setShowErrorBox(true);
		rule.setErrorStyle(DataValidation.ErrorStyle.STOP);
		rule.createErrorBox(text(locale, "workbook.validation.title"), text(locale, "workbook.validation.text"));
		sheet.addValidationData(rule);
	}

	/**
	 * The formula of a derived column of {@code form} on sheet row {@code row} (0-based),
	 * generated from the form's definition ({@link FormColumn#spreadsheetFormula}); a
	 * column the form does not have (G3 on the cases form) is left out.
	 */
	static String formula(Form form, FormColumn column, int row) {
		return column.spreadsheetFormula(
				(referred) -> form.has(referred) ? new CellAddress(row, referred.number()).formatAsString() : null);
	}

	private static Row row(XSSFSheet sheet, int at) {
		Row row = sheet.getRow(at);
		return (row != null) ? row : sheet.createRow(at);
	}

	private static void put(Row row, int column, String value, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellValue(value);
		cell.setCellStyle(style);
	}

	private static void centred(XSSFSheet sheet, int at, String value, CellStyle style) {
		put(row(sheet, at), LABEL, value, style);
		sheet.addMergedRegion(new CellRangeAddress(at, at, LABEL, LAST));
	}

	private String text(Locale locale, String key, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
