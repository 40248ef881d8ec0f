package vn.thads.portal.returns.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.thads.portal.returns.Form;
import vn.thads.portal.returns.FormColumn;
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
 * reads only {@code agency}, {@code period} and the figures. Derived rows are not in the
 * file: they follow from the entered figures ({@code Figures.derive()}), and a column a
 * reader could edit without effect would only mislead.
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

	static byte[] csv(List<ExchangeRow> rows) {
		List<List<Object>> records = new ArrayList<>();
		for (ExchangeRow row : rows) {
			List<Object> cells = new ArrayList<>(List.of(row.agency(), row.agencyName(), row.period(), row.status()));
			for (Figure f : FIGURES) {
				cells.add(((f.form() == Form.CASES) ? row.cases() : row.money()).get(f.column().code()));
			}
			records.add(cells);
		}
		return CsvExport.write(header(), records);
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
