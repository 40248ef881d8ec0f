package vn.thads.portal.account.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.thads.portal.account.UserImport;
import vn.thads.portal.account.UserImportRow;
import vn.thads.portal.shared.CsvFiles;
import vn.thads.portal.shared.FieldProblem;
import vn.thads.portal.shared.InvalidInputException;
import vn.thads.portal.shared.Utf8Text;

/**
 * Reads a users' spreadsheet: an XLSX workbook (first sheet) or a UTF-8 CSV file (comma,
 * semicolon or tab), with a header row naming the columns in English or Vietnamese, in
 * any order. Only reads: what the rows mean is {@link UserImport}'s business.
 */
final class UserFileReader {

	/** The columns, each with the header names accepted (compared without diacritics). */
	private static final Map<String, List<String>> COLUMNS = columns();

	private UserFileReader() {
	}

	private static Map<String, List<String>> columns() {
		Map<String, List<String>> columns = new LinkedHashMap<>();
		columns.put("username", List.of("username", "tendangnhap", "taikhoan", "login"));
		columns.put("displayName", List.of("fullname", "hoten", "hovaten", "displayname", "name"));
		columns.put("role", List.of("role", "vaitro"));
		columns.put("agencyCode", List.of("agency", "agencycode", "madonvi", "donvi"));
		columns.put("email", List.of("email", "thudientu"));
		return columns;
	}

	static List<UserImportRow> read(String fileName, byte[] content) {
		if (content == null || content.length == 0) {
			throw problem("userImport.file.empty");
		}
		if (fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xls")) {
			// the Excel 97 format: saved again as .xlsx it reads
			throw problem("userImport.file.unreadable");
		}
		List<List<String>> cells = isXlsx(fileName, content) ? xlsx(content) : csv(content);
		if (cells.isEmpty()) {
			throw problem("userImport.file.empty");
		}
		Map<String, Integer> position = header(cells.get(0));
		List<UserImportRow> rows = new ArrayList<>();
		for (int i = 1; i < cells.size(); i++) {
			List<String> row = cells.get(i);
			if (row.stream().allMatch((c) -> c == null || c.isBlank())) {
				continue;
			}
			if (rows.size() == UserImport.MAX_ROWS) {
				throw problem("userImport.file.tooManyRows", UserImport.MAX_ROWS);
			}
			rows.add(new UserImportRow(i + 1, cell(row, position.get("username")),
					cell(row, position.get("displayName")), cell(row, position.get("role")),
					cell(row, position.get("agencyCode")), cell(row, position.get("email"))));
		}
		if (rows.isEmpty()) {
			throw problem("userImport.file.empty");
		}
		return rows;
	}

	private static Map<String, Integer> header(List<String> header) {
		Map<String, Integer> position = new LinkedHashMap<>();
		for (int i = 0; i < header.size(); i++) {
			String name = plain(header.get(i));
			for (Map.Entry<String, List<String>> column : COLUMNS.entrySet()) {
				if (column.getValue().contains(name)) {
					position.putIfAbsent(column.getKey(), i);
				}
			}
		}
		for (String column : COLUMNS.keySet()) {
			if (!position.containsKey(column)) {
				throw problem("userImport.file.column", COLUMNS.get(column).get(0));
			}
		}
		return position;
	}

	private static String cell(List<String> row, int index) {
		return (index < row.size() && row.get(index) != null) ? row.get(index).strip() : "";
	}

	/** Lower case, no diacritics, letters and digits only: "Họ và tên" is "hovaten". */
	private static String plain(String text) {
		if (text == null) {
			return "";
		}
		return Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replace('đ', 'd')
			.replaceAll("[^a-z0-9]", "");
	}

	private static boolean isXlsx(String fileName, byte[] content) {
		boolean zip = content.length > 3 && content[0] == 'P' && content[1] == 'K';
		return zip || (fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx"));
	}

	private static List<List<String>> xlsx(byte[] content) {
		DataFormatter formatter = new DataFormatter(Locale.ROOT);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			Sheet sheet = workbook.getSheetAt(0);
			List<List<String>> rows = new ArrayList<>();
			for (int r = 0; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				List<String> cells = new ArrayList<>();
				if (row != null) {
					for (int c = 0; c < row.getLastCellNum(); c++) {
						cells.add((row.getCell(c) != null) ? formatter.formatCellValue(row.getCell(c)) : "");
					}
				}
				rows.add(cells);
			}
			return rows;
		}
		catch (IOException | RuntimeException ex) {
			throw problem("userImport.file.unreadable");
		}
	}

	private static List<List<String>> csv(byte[] content) {
		String text = Utf8Text.decode(content).orElseThrow(() -> problem("userImport.file.encoding"));
		try {
			return CsvFiles.records(text);
		}
		catch (IllegalArgumentException ex) {
			throw problem("userImport.file.unreadable");
		}
	}

	private static InvalidInputException problem(String code, Object... arguments) {
		return new InvalidInputException(FieldProblem.of("file", code, arguments));
	}

}
