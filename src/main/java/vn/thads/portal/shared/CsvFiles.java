package vn.thads.portal.shared;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV files people upload, read with Apache Commons CSV: the separator is the one of
 * comma, semicolon (what Excel writes with Vietnamese regional settings) or tab that the
 * header line uses most; fields are trimmed; empty lines are kept as empty records, so
 * that record n is line n of the file.
 */
public final class CsvFiles {

	private CsvFiles() {
	}

	/**
	 * The records of {@code text} (decoded, e.g. by {@link Utf8Text}).
	 * @throws IllegalArgumentException when it is not CSV (an unclosed quote, …)
	 */
	public static List<List<String>> records(String text) {
		List<List<String>> records = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(new StringReader(text),
				CSVFormat.DEFAULT.builder()
					.setDelimiter(delimiter(text))
					.setIgnoreEmptyLines(false)
					.setTrim(true)
					.get())) {
			for (CSVRecord record : parser) {
				records.add(record.stream().map(CsvFiles::written).toList());
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			throw new IllegalArgumentException("not CSV", ex);
		}
		return records;
	}

	/**
	 * A cell as it was before {@link CsvExport} made it inert: {@code '=SUM(A1)} read
	 * back is {@code =SUM(A1)}, so an exported file imports as it was.
	 */
	private static String written(String cell) {
		boolean neutralised = cell.length() > 1 && cell.charAt(0) == CsvExport.NEUTRALISER
				&& CsvExport.startsFormula(cell.substring(1));
		return neutralised ? cell.substring(1) : cell;
	}

	private static char delimiter(String text) {
		int end = text.indexOf('\n');
		String header = (end >= 0) ? text.substring(0, end) : text;
		char best = ',';
		long most = header.chars().filter((c) -> c == ',').count();
		for (char candidate : new char[] { ';', '\t' }) {
			long count = header.chars().filter((c) -> c == candidate).count();
			if (count > most) {
				best = candidate;
				most = count;
			}
		}
		return best;
	}

}
