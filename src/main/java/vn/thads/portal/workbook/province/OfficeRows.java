package vn.thads.portal.workbook.province;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.thads.portal.returns.FigureInput;
import vn.thads.portal.returns.Figures;
import vn.thads.portal.returns.Form;
import vn.thads.portal.returns.FormColumn;
import vn.thads.portal.returns.ReturnFigures;
import vn.thads.portal.shared.FieldProblem;
import vn.thads.portal.workbook.CellProblem;
import vn.thads.portal.workbook.FigureCells;
import vn.thads.portal.workbook.SheetFigures;

/**
 * The second layout of a province's workbook: one sheet, a row per agency, a column per
 * entered figure (docs/workbooks.md). Columns are found by their header, not their place:
 * the row of field codes the portal writes ({@code cases.completed}), or the labels of
 * the forms ("Thi hành xong (G1)", in either language; the first of two equal labels is
 * the cases form's). Blank rows and columns, and columns the portal does not know, are
 * ignored; every figure is read as the entry page reads it ({@link FigureCells}).
 */
@Component
class OfficeRows {

	/** The header of the agency code column, written in the row of field codes. */
	static final String AGENCY = "agency";

	/** The header of the version column. */
	static final String VERSION = "version";

	/** How far down a header row is looked for. */
	private static final int HEADER_ROWS = 30;

	private static final Pattern PERIOD = Pattern.compile("\\d{4}-\\d{2}");

	private static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("vi"), Locale.ENGLISH);

	private final MessageSource messages;

	OfficeRows(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * The fields of the layout in column order: the cases form's, then the money form's.
	 */
	static final List<String> FIELDS = fields();

	private static List<String> fields() {
		List<String> fields = new ArrayList<>();
		for (Form form : Form.values()) {
			FormColumn.ENTERED.stream().filter(form::has).forEach((column) -> fields.add(form.field(column)));
		}
		return List.copyOf(fields);
	}

	/**
	 * Whether the sheet is laid out a row per agency: it has a header naming the figures.
	 */
	boolean recognises(Sheet sheet) {
		return header(sheet) != null;
	}

	/** The agencies' rows of a sheet that {@link #recognises} it. */
	List<OfficeUpload> read(Sheet sheet) {
		Header header = header(sheet);
		String period = period(sheet, header.row());
		List<OfficeUpload> uploads = new ArrayList<>();
		for (int r = header.row() + 1; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			String code = (row != null) ? FigureCells.text(row.getCell(header.agency())).toUpperCase(Locale.ROOT) : "";
			// a second header row (field codes under the labels) is no agency's
			if (!code.isEmpty() && !header.agencyHeaders().contains(code.toLowerCase(Locale.ROOT))) {
				uploads.add(read(sheet, row, header, code, period));
			}
		}
		return uploads;
	}

	private OfficeUpload read(Sheet sheet, Row row, Header header, String code, String period) {
		Map<String, String> cells = new LinkedHashMap<>();
		List<CellProblem> errors = new ArrayList<>();
		List<CellProblem> flags = new ArrayList<>();
		Long version = null;
		if (header.version() >= 0) {
			String text = FigureCells.text(row.getCell(header.version()));
			FigureInput.Parsed parsed = FigureInput.parse(text);
			if (!parsed.ok()) {
				errors.add(new CellProblem(sheet.getSheetName(), ref(row, header.version()),
						FieldProblem.of(VERSION, "workbook.province.badVersion", text)));
			}
			else if (!text.isEmpty()) {
				version = parsed.value();
			}
		}
		Map<Form, Figures> forms = new LinkedHashMap<>();
		for (Form form : Form.values()) {
			Figures figures = Figures.ZERO;
			for (FormColumn column : FormColumn.ENTERED) {
				String field = form.field(column);
				Integer at = header.fields().get(field);
				if (at == null) {
					if (form.has(column)) {
						errors.add(new CellProblem(sheet.getSheetName(), null,
								FieldProblem.of(field, "workbook.province.noColumn", field)));
					}
					continue;
				}
				String cell = ref(row, at);
				cells.put(field, cell);
				FigureCells.Reading reading = FigureCells.read(row.getCell(at));
				if (!reading.parsed().ok()) {
					errors
						.add(new CellProblem(sheet.getSheetName(), cell, reading.parsed().on(field, reading.shown())));
					continue;
				}
				if (reading.formula()) {
					flags.add(new CellProblem(sheet.getSheetName(), cell,
							FieldProblem.of(field, "workbook.warning.formula", reading.shown())));
				}
				figures = figures.with(column, reading.parsed().value());
			}
			forms.put(form, figures);
		}
		String place = sheet.getSheetName() + " (" + (row.getRowNum() + 1) + ")";
		return new OfficeUpload(code, sheet.getSheetName(), place, period, version, new SheetFigures(
				new ReturnFigures(forms.get(Form.CASES), forms.get(Form.MONEY)), cells, errors, flags));
	}

	/**
	 * Where the columns are: the first row, near the top, with a cell naming the agency
	 * code column and cells naming figures.
	 */
	private Header header(Sheet sheet) {
		Map<String, String> byLabel = labels();
		List<String> agencyHeaders = headers(AGENCY, "workbook.province.col.agency");
		List<String> versionHeaders = headers(VERSION, "workbook.province.col.version");
		// a header cell merged over two rows ("Mã đơn vị" above the labels) is read where
		// it is
		int agencyAbove = -1;
		int versionAbove = -1;
		for (int r = sheet.getFirstRowNum(); r >= 0 && r <= Math.min(sheet.getLastRowNum(), HEADER_ROWS); r++) {
			Row row = sheet.getRow(r);
			if (row == null) {
				agencyAbove = -1;
				versionAbove = -1;
				continue;
			}
			int agency = -1;
			int version = -1;
			Map<String, Integer> fields = new LinkedHashMap<>();
			for (Cell cell : row) {
				String text = FigureCells.text(cell);
				String key = text.toLowerCase(Locale.ROOT);
				if (agencyHeaders.contains(key)) {
					agency = cell.getColumnIndex();
				}
				else if (versionHeaders.contains(key)) {
					version = cell.getColumnIndex();
				}
				else {
					String field = FIELDS.contains(text) ? text : byLabel.get(key);
					if (field != null && fields.containsKey(field)) {
						// the same label twice: the second is the money form's
						field = field.replace(Form.CASES.code() + ".", Form.MONEY.code() + ".");
					}
					if (field != null) {
						fields.putIfAbsent(field, cell.getColumnIndex());
					}
				}
			}
			if ((agency >= 0 || agencyAbove >= 0) && !fields.isEmpty()) {
				return new Header(r, (agency >= 0) ? agency : agencyAbove, (version >= 0) ? version : versionAbove,
						fields, agencyHeaders);
			}
			agencyAbove = agency;
			versionAbove = version;
		}
		return null;
	}

	/** The period written above the header, {@code 2026-10}; null when there is none. */
	private static String period(Sheet sheet, int headerRow) {
		for (int r = sheet.getFirstRowNum(); r >= 0 && r < headerRow; r++) {
			Row row = sheet.getRow(r);
			if (row != null) {
				for (Cell cell : row) {
					String text = FigureCells.text(cell);
					if (PERIOD.matcher(text).matches()) {
						return text;
					}
				}
			}
		}
		return null;
	}

	/**
	 * The forms' labels in both languages, lower case, to the field of the cases form
	 * (the money form's only label, "reduced", to the money form's).
	 */
	private Map<String, String> labels() {
		Map<String, String> byLabel = new LinkedHashMap<>();
		for (FormColumn column : FormColumn.ENTERED) {
			Form form = Form.CASES.has(column) ? Form.CASES : Form.MONEY;
			for (Locale locale : LANGUAGES) {
				String label = this.messages.getMessage(column.labelKey(), null, locale).toLowerCase(locale);
				byLabel.put(label, form.field(column));
				byLabel.put(label + " (" + column.letter().toLowerCase(Locale.ROOT) + ")", form.field(column));
			}
		}
		return byLabel;
	}

	/** A column's code and its label in either language, lower case. */
	private List<String> headers(String code, String labelKey) {
		List<String> headers = new ArrayList<>(List.of(code));
		LANGUAGES
			.forEach((locale) -> headers.add(this.messages.getMessage(labelKey, null, locale).toLowerCase(locale)));
		return headers;
	}

	private static String ref(Row row, int column) {
		return new CellReference(row.getRowNum(), column).formatAsString(false);
	}

	/**
	 * @param version the version column, or -1 when there is none
	 * @param fields the column of each field found
	 */
	private record Header(int row, int agency, int version, Map<String, Integer> fields, List<String> agencyHeaders) {

	}

}
