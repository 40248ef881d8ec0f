package vn.thads.portal.workbook;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellAddress;

import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import vn.thads.portal.returns.CompanionForm;
import vn.thads.portal.returns.FigureInput;
import vn.thads.portal.returns.Figures;
import vn.thads.portal.returns.Form;
import vn.thads.portal.returns.FormColumn;
import vn.thads.portal.returns.ReadFigures;
import vn.thads.portal.returns.ReturnCategories;
import vn.thads.portal.returns.ReturnCategory;
import vn.thads.portal.returns.ReturnFigures;
import vn.thads.portal.shared.FieldProblem;

/**
 * Reads one return back from a sheet written by {@link ReturnSheet}, wherever its table
 * is: the columns are found by their numbers ((1), (3) = (1) + (2), …) in any row, the
 * rows of the two forms by their names ({@link RowLabels}) or else in order, so that
 * blank rows and columns added, merged header cells or a moved table change nothing. Each
 * cell is read by {@link FigureCells}, with the entry page's rules and messages.
 */
@Component
public class ReturnSheetReader {

	/** How far down a table is looked for. */
	private static final int ROWS_SEARCHED = 200;

	/** A column number, alone or with its formula legend: (3) = (1) + (2). */
	private static final Pattern NUMBER = Pattern.compile("\\((\\d{1,2})\\)(\\s*=.*)?");

	private final RowLabels labels;

	private final ReturnCategories categories;

	private final CompanionCells companions;

	ReturnSheetReader(MessageSource messages, ReturnCategories categories, CompanionCells companions) {
		this.categories = categories;
		this.companions = companions;
		this.labels = new RowLabels(messages);
	}

	/** Whether the sheet has a table of the forms' columns. */
	public boolean hasTable(Sheet sheet) {
		return header(sheet) != null;
	}

	public SheetFigures read(Sheet sheet) {
		List<CellProblem> errors = new ArrayList<>();
		List<CellProblem> warnings = new ArrayList<>();
		Map<String, String> cells = new LinkedHashMap<>();
		Header header = header(sheet);
		if (header == null) {
			errors.add(new CellProblem(sheet.getSheetName(), null, FieldProblem.of("file", "workbook.error.noTable")));
			return new SheetFigures(ReturnFigures.ZERO, cells, errors, warnings);
		}
		List<ReturnCategory> known = this.categories.all();
		Map<Form, Row> rows = formRows(sheet, header, known);
		Map<Form, Figures> figures = new EnumMap<>(Form.class);
		for (Form form : Form.values()) {
			Row row = rows.get(form);
			if (row == null) {
				errors.add(new CellProblem(sheet.getSheetName(), null, FieldProblem.of("file", "workbook.error.noForm",
						new DefaultMessageSourceResolvable(new String[] { "form." + form.code() }, form.code()))));
				figures.put(form, Figures.ZERO);
				continue;
			}
			for (FormColumn column : FormColumn.ENTERED) {
				if (!header.columns().containsKey(column.number())) {
					errors.add(new CellProblem(sheet.getSheetName(), null,
							FieldProblem.of(form.field(column), "workbook.error.noColumn", column.number())));
				}
			}
			figures.put(form, row(sheet, row, header, "", form, cells, errors, warnings));
		}
		Map<String, Map<Form, Figures>> parts = new TreeMap<>();
		Map<String, Long> companion = new LinkedHashMap<>();
		Integer valueAt = header.columns().get(1);
		int last = Math.min(sheet.getLastRowNum(), header.row() + ROWS_SEARCHED);
		for (int r = header.row() + 1; r <= last; r++) {
			Row row = sheet.getRow(r);
			if (row == null) {
				continue;
			}
			RowLabels.Part part = this.labels.part(row, header.columns().values(), known);
			String line = (part == null && valueAt != null) ? this.companions.field(row, valueAt) : null;
			if (part != null && !parts.getOrDefault(part.code(), Map.of()).containsKey(part.form())) {
				parts.computeIfAbsent(part.code(), (code) -> new EnumMap<>(Form.class))
					.put(part.form(), row(sheet, row, header, ReturnCategory.prefix(part.code()), part.form(), cells,
							errors, warnings));
			}
			else if (line != null && !cells.containsKey(line)) {
				if (CompanionForm.line(line).orElseThrow().isEntered()) {
					companion.put(line, figure(sheet, row, valueAt, line, cells, errors, warnings));
				}
				else {
					// a derived line: only where it is, as for the forms' computed
					// columns
					cells.put(line, new CellAddress(row.getRowNum(), valueAt).formatAsString());
				}
			}
		}
		Map<String, ReturnFigures> read = new TreeMap<>();
		parts.forEach((code, forms) -> read.put(code, new ReturnFigures(forms.getOrDefault(Form.CASES, Figures.ZERO),
				forms.getOrDefault(Form.MONEY, Figures.ZERO))));
		return new SheetFigures(
				new ReadFigures(new ReturnFigures(figures.get(Form.CASES), figures.get(Form.MONEY), read),
						parts.keySet(), companion),
				cells, errors, warnings);
	}

	/**
	 * The entered figures of one form on one row ({@code prefix} "" for the main form's,
	 * {@code categories.CODE.} for a category's), each cell read as the entry page reads
	 * a field; where each computed one is is noted too.
	 */
	private Figures row(Sheet sheet, Row row, Header header, String prefix, Form form, Map<String, String> cells,
			List<CellProblem> errors, List<CellProblem> warnings) {
		for (FormColumn column : FormColumn.COMPUTED) {
			Integer at = header.columns().get(column.number());
			if (at != null) {
				cells.put(prefix + form.field(column), new CellAddress(row.getRowNum(), at).formatAsString());
			}
		}
		Map<FormColumn, Long> values = new EnumMap<>(FormColumn.class);
		for (FormColumn column : FormColumn.ENTERED) {
			Integer at = header.columns().get(column.number());
			if (at == null) {
				continue;
			}
			String field = prefix + form.field(column);
			if (!form.has(column)) {
				String ref = new CellAddress(row.getRowNum(), at).formatAsString();
				cells.put(field, ref);
				notApplicable(sheet, ref, field, FigureCells.read(row.getCell(at)), errors);
				continue;
			}
			values.put(column, figure(sheet, row, at, field, cells, errors, warnings));
		}
		return Figures.of(values);
	}

	/** One figure of a field at a cell; an unreadable one is an error and counts as 0. */
	private static long figure(Sheet sheet, Row row, int at, String field, Map<String, String> cells,
			List<CellProblem> errors, List<CellProblem> warnings) {
		String ref = new CellAddress(row.getRowNum(), at).formatAsString();
		cells.put(field, ref);
		FigureCells.Reading reading = FigureCells.read(row.getCell(at));
		if (!reading.parsed().ok()) {
			errors.add(new CellProblem(sheet.getSheetName(), ref, reading.parsed().on(field, reading.shown())));
		}
		else if (reading.formula()) {
			warnings.add(new CellProblem(sheet.getSheetName(), ref,
					FieldProblem.of(field, "workbook.warning.formula", reading.shown())));
		}
		return reading.parsed().value();
	}

	/**
	 * "Giảm thi hành án" on the cases form: "x", blank or 0, as the page has no field.
	 */
	private static void notApplicable(Sheet sheet, String ref, String field, FigureCells.Reading reading,
			List<CellProblem> errors) {
		String shown = reading.shown();
		if (!shown.equalsIgnoreCase("x") && !(reading.parsed().ok() && reading.parsed().value() == 0)) {
			errors.add(new CellProblem(sheet.getSheetName(), ref,
					FieldProblem.of(field, FigureInput.REDUCED_IN_CASES, shown)));
		}
	}

	/**
	 * The row of column numbers, and where each number is: the first row naming at least
	 * every entered column's number.
	 */
	private static Header header(Sheet sheet) {
		int last = Math.min(sheet.getLastRowNum(), ROWS_SEARCHED);
		for (int r = sheet.getFirstRowNum(); r <= last && r >= 0; r++) {
			Row row = sheet.getRow(r);
			if (row == null) {
				continue;
			}
			Map<Integer, Integer> columns = new HashMap<>();
			for (Cell cell : row) {
				Matcher number = NUMBER.matcher(FigureCells.text(cell));
				if (number.matches()) {
					columns.putIfAbsent(Integer.valueOf(number.group(1)), cell.getColumnIndex());
				}
			}
			if (FormColumn.ENTERED.stream().filter((c) -> columns.containsKey(c.number())).count()
					* 2 > FormColumn.ENTERED.size()) {
				return new Header(r, columns);
			}
		}
		return null;
	}

	/**
	 * The rows of the forms below the header: by their names, or the first two in order.
	 */
	private Map<Form, Row> formRows(Sheet sheet, Header header, List<ReturnCategory> known) {
		Map<Form, Row> rows = new EnumMap<>(Form.class);
		List<Row> unnamed = new ArrayList<>();
		int last = Math.min(sheet.getLastRowNum(), header.row() + ROWS_SEARCHED);
		for (int r = header.row() + 1; r <= last; r++) {
			Row row = sheet.getRow(r);
			if (row == null) {
				continue;
			}
			Form named = this.labels.form(row, header.columns().values());
			if (named != null) {
				rows.putIfAbsent(named, row);
			}
			else if (hasFigures(row, header) && this.labels.part(row, header.columns().values(), known) == null) {
				unnamed.add(row);
			}
		}
		for (Form form : Form.values()) {
			if (!rows.containsKey(form) && !unnamed.isEmpty()) {
				rows.put(form, unnamed.remove(0));
			}
		}
		return rows;
	}

	private static boolean hasFigures(Row row, Header header) {
		return header.columns().values().stream().anyMatch((at) -> !FigureCells.text(row.getCell(at)).isEmpty());
	}

	/** The row of column numbers and the sheet column of each number. */
	private record Header(int row, Map<Integer, Integer> columns) {

	}

}
