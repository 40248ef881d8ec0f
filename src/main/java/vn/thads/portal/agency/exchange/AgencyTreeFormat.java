package vn.thads.portal.agency.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.thads.portal.shared.CsvExport;
import vn.thads.portal.shared.CsvFiles;
import vn.thads.portal.shared.FieldProblem;
import vn.thads.portal.shared.InvalidInputException;
import vn.thads.portal.shared.Utf8Text;

/**
 * The agency tree file (api.md, Agencies): CSV in UTF-8 with a BOM (so that Excel opens
 * Vietnamese names correctly), or the same columns in the first sheet of an XLSX. Columns
 * are found by their header, in any order; the header is row 1.
 */
public final class AgencyTreeFormat {

	public static final String CSV_TYPE = "text/csv";

	public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	/** The largest file read (the real tree of ~1 200 agencies is ~150 kB). */
	public static final int MAX_BYTES = 5 * 1024 * 1024;

	static final List<String> COLUMNS = List.of("code", "name", "nameValidFrom", "level", "parent", "validFrom",
			"validTo", "predecessors", "primarySuccessor");

	private static final List<String> REQUIRED = List.of("code", "name", "level", "validFrom");

	private static final String BOM = "\uFEFF";

	private AgencyTreeFormat() {
	}

	/** Whether the bytes are an XLSX (a ZIP container) rather than text. */
	public static boolean looksLikeXlsx(byte[] content) {
		return content.length > 3 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
	}

	static byte[] toCsv(List<AgencyTreeRow> rows) {
		return CsvExport.write(COLUMNS,
				rows.stream()
					.map((r) -> Arrays.asList(r.code(), r.name(), r.nameValidFrom(), r.level(), r.parent(),
							r.validFrom(), r.validTo(), r.predecessors(), r.primarySuccessor()))
					.toList());
	}

	/**
	 * @throws InvalidInputException (field {@code file}) when the file cannot be read or
	 * lacks a required column
	 */
	static List<AgencyTreeRow> read(byte[] content) {
		return looksLikeXlsx(content) ? readXlsx(content) : readCsv(content);
	}

	static List<AgencyTreeRow> readCsv(byte[] content) {
		String text = Utf8Text.decode(content).orElseThrow(() -> unreadable("exchange.file.notUtf8"));
		try {
			return rows(CsvFiles.records(text));
		}
		catch (IllegalArgumentException ex) {
			throw unreadable("exchange.file.unreadable");
		}
	}

	static List<AgencyTreeRow> readXlsx(byte[] content) {
		List<List<String>> records = new ArrayList<>();
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			Sheet sheet = workbook.getSheetAt(0);
			FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
			DataFormatter formatter = new DataFormatter(Locale.ROOT);
			for (int i = 0; i <= sheet.getLastRowNum(); i++) {
				Row row = sheet.getRow(i);
				List<String> values = new ArrayList<>();
				if (row != null) {
					for (int c = 0; c < row.getLastCellNum(); c++) {
						values.add(text(row.getCell(c), formatter, evaluator));
					}
				}
				records.add(values);
			}
		}
		catch (IOException | RuntimeException ex) {
			throw unreadable("exchange.file.unreadable");
		}
		return rows(records);
	}

	private static String text(Cell cell, DataFormatter formatter, FormulaEvaluator evaluator) {
		if (cell == null) {
			return "";
		}
		CellType type = (cell.getCellType() == CellType.FORMULA) ? cell.getCachedFormulaResultType()
				: cell.getCellType();
		if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			// a date typed into Excel is a number shown as a date: read it as the date
			return cell.getLocalDateTimeCellValue().toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
		}
		return formatter.formatCellValue(cell, evaluator).trim();
	}

	private static List<AgencyTreeRow> rows(List<List<String>> records) {
		if (records.isEmpty()) {
			throw unreadable("exchange.file.empty");
		}
		Map<String, Integer> index = new HashMap<>();
		List<String> header = records.get(0);
		for (int i = 0; i < header.size(); i++) {
			String name = header.get(i).trim().replace(BOM, "").toLowerCase(Locale.ROOT);
			index.putIfAbsent(name, i);
		}
		List<FieldProblem> missing = REQUIRED.stream()
			.filter((c) -> !index.containsKey(c.toLowerCase(Locale.ROOT)))
			.map((c) -> FieldProblem.of("file", "exchange.file.missingColumn", c))
			.toList();
		if (!missing.isEmpty()) {
			throw new InvalidInputException(missing);
		}
		List<AgencyTreeRow> rows = new ArrayList<>();
		for (int i = 1; i < records.size(); i++) {
			List<String> record = records.get(i);
			if (record.stream().allMatch((v) -> v == null || v.isBlank())) {
				continue;
			}
			rows.add(new AgencyTreeRow(i + 1, value(record, index, "code"), value(record, index, "name"),
					value(record, index, "nameValidFrom"), value(record, index, "level"),
					value(record, index, "parent"), value(record, index, "validFrom"), value(record, index, "validTo"),
					value(record, index, "predecessors"), value(record, index, "primarySuccessor"),
					value(record, index, "shortName")));
		}
		return rows;
	}

	private static String value(List<String> record, Map<String, Integer> index, String column) {
		Integer at = index.get(column.toLowerCase(Locale.ROOT));
		if (at == null || at >= record.size() || record.get(at) == null) {
			return "";
		}
		return record.get(at).trim();
	}

	private static InvalidInputException unreadable(String code) {
		return new InvalidInputException(FieldProblem.of("file", code));
	}

}
