package vn.thads.portal.returns.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import vn.thads.portal.returns.Form;
import vn.thads.portal.returns.FormColumn;
import vn.thads.portal.returns.ReadFigures;
import vn.thads.portal.returns.ReturnCategory;
import vn.thads.portal.shared.CsvExport;
import vn.thads.portal.shared.CsvFiles;
import vn.thads.portal.shared.FieldProblem;
import vn.thads.portal.shared.InvalidInputException;
import vn.thads.portal.shared.Utf8Text;

/**
 * The returns exchange file (docs/api.md, "Returns as a machine-readable file"): CSV in
 * UTF-8 with a BOM, one row per agency and period, one column per entered figure of both
 * forms, named as the API names the field ({@code cases.completed}, from
 * {@link Form#field}). {@code agencyName} and {@code status} are for people; the import
 * reads only {@code agency}, {@code period} and the figures. Then, from issue 14, each
 * category's entered figures ({@code categories.TIN_DUNG_NGAN_HANG.cases.completed},
 * blank in a period the category is not reported) and every companion form's entered
 * lines ({@code reception.visits}, {@code complaints.complaintsReceived},
 * {@code adminJudgments.carriedOver}); a file without them, or with some forms only (made
 * before), is still read, and leaves the stored ones as they are. Derived rows are not in
 * the file: they follow from the entered figures ({@code Figures.derive()}), and a column
 * a reader could edit without effect would only mislead.
 */
public final class ReturnFile {

	public static final String CSV_TYPE = "text/csv";

	/** The largest file imported: a national year is about 2.5 MB. */
	public static final int MAX_BYTES = 20 * 1024 * 1024;

	static final String AGENCY = "agency";

	static final String AGENCY_NAME = "agencyName";

	static final String PERIOD = "period";

	static final String STATUS = "status";

	/** One figure column: the form, the entered column, its name in the file. */
	record Figure(Form form, FormColumn column, String name) {
	}

	/** Every entered figure each form has (no {@code cases.reduced}), in form order. */
	static final List<Figure> FIGURES = figures();

	private ReturnFile() {
	}

	/** The header line of the file. */
	public static List<String> header() {
		List<String> header = new ArrayList<>(List.of(AGENCY, AGENCY_NAME, PERIOD, STATUS));
		FIGURES.forEach((f) -> header.add(f.name()));
		return header;
	}

	/**
	 * The header line with the categories' columns (those of {@code categoryCodes}, in
	 * that order) and the companion forms' entered lines.
	 */
	public static List<String> header(List<String> categoryCodes) {
		List<String> header = header();
		for (String code : categoryCodes) {
			FIGURES.forEach((f) -> header.add(ReturnCategory.prefix(code) + f.name()));
		}
		header.addAll(ReadFigures.companionFields());
		return header;
	}

	static byte[] csv(List<ExchangeRow> rows, List<String> categoryCodes) {
		List<List<Object>> records = new ArrayList<>();
		for (ExchangeRow row : rows) {
			List<Object> cells = new ArrayList<>(List.of(row.agency(), row.agencyName(), row.period(), row.status()));
			for (Figure f : FIGURES) {
				cells.add(((f.form() == Form.CASES) ? row.cases() : row.money()).get(f.column().code()));
			}
			for (String code : categoryCodes) {
				Map<String, Map<String, Long>> category = row.categories().get(code);
				for (Figure f : FIGURES) {
					// blank: the period does not report the category
					cells.add((category != null) ? category.get(f.form().code()).get(f.column().code()) : null);
				}
			}
			cells.addAll(row.companionCells());
			records.add(cells);
		}
		return CsvExport.write(header(categoryCodes), records);
	}

	/**
	 * The rows of an uploaded file, each with its line number (the header is line 1).
	 * @throws InvalidInputException (field {@code file}) when it is not UTF-8 CSV, or the
	 * header lacks a column the import reads
	 */
	static Table read(byte[] content) {
		String text = Utf8Text.decode(content)
			.orElseThrow(() -> new InvalidInputException(FieldProblem.of("file", "exchange.returns.file.notUtf8")));
		List<List<String>> records;
		try {
			records = CsvFiles.records(text);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException(FieldProblem.of("file", "exchange.returns.file.notCsv"));
		}
		if (records.isEmpty() || records.get(0).stream().allMatch(String::isBlank)) {
			throw new InvalidInputException(FieldProblem.of("file", "exchange.file.empty"));
		}
		Map<String, Integer> index = new HashMap<>();
		List<String> header = records.get(0);
		for (int i = 0; i < header.size(); i++) {
			index.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
		}
		List<String> required = new ArrayList<>(List.of(AGENCY, PERIOD));
		FIGURES.forEach((f) -> required.add(f.name()));
		List<FieldProblem> missing = required.stream()
			.filter((c) -> !index.containsKey(c.toLowerCase(Locale.ROOT)))
			.map((c) -> FieldProblem.of("file", "exchange.file.missingColumn", c))
			.toList();
		if (!missing.isEmpty()) {
			throw new InvalidInputException(missing);
		}
		List<Row> rows = new ArrayList<>();
		for (int i = 1; i < records.size(); i++) {
			List<String> record = records.get(i);
			if (!record.stream().allMatch(String::isBlank)) {
				rows.add(new Row(i + 1, record));
			}
		}
		return new Table(index, rows);
	}

	/** One line of the file as text. */
	record Row(int line, List<String> cells) {
	}

	/** The rows of a file and where its columns are. */
	record Table(Map<String, Integer> index, List<Row> rows) {

		/** Whether the file has the column. */
		boolean has(String column) {
			return this.index.containsKey(column.toLowerCase(Locale.ROOT));
		}

		/**
		 * The codes of the categories the file has columns of
		 * ({@code categories.CODE.…}), upper case, in no particular order.
		 */
		Set<String> categoryCodes() {
			Set<String> codes = new TreeSet<>();
			for (String column : this.index.keySet()) {
				if (column.startsWith(ReturnCategory.FIELD_PREFIX)
						&& column.indexOf('.', ReturnCategory.FIELD_PREFIX.length()) > 0) {
					codes
						.add(column
							.substring(ReturnCategory.FIELD_PREFIX.length(),
									column.indexOf('.', ReturnCategory.FIELD_PREFIX.length()))
							.toUpperCase(Locale.ROOT));
				}
			}
			return codes;
		}

		/** The cell of a column, "" when the row or the file has none. */
		String cell(Row row, String column) {
			Integer at = this.index.get(column.toLowerCase(Locale.ROOT));
			return (at == null || at >= row.cells().size()) ? "" : row.cells().get(at).strip();
		}

	}

	private static List<Figure> figures() {
		List<Figure> figures = new ArrayList<>();
		for (Form form : Form.values()) {
			for (FormColumn column : FormColumn.ENTERED) {
				if (form.has(column)) {
					figures.add(new Figure(form, column, form.field(column)));
				}
			}
		}
		return List.copyOf(figures);
	}

}
