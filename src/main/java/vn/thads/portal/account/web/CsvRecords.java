package vn.thads.portal.account.web;

import java.util.ArrayList;
import java.util.List;

/**
 * CSV records as RFC 4180 writes them (quoted fields may hold separators, quotes doubled,
 * line breaks), with the separator a spreadsheet chose: the one of comma, semicolon (a
 * Vietnamese Excel) or tab the header line uses most.
 */
final class CsvRecords {

	private CsvRecords() {
	}

	static List<List<String>> parse(String text) {
		char separator = separator(text);
		List<List<String>> records = new ArrayList<>();
		List<String> record = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean any = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"' && field.isEmpty()) {
				quoted = true;
				any = true;
			}
			else if (c == separator) {
				record.add(field.toString());
				field.setLength(0);
				any = true;
			}
			else if (c == '\r' || c == '\n') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				record.add(field.toString());
				records.add(record);
				record = new ArrayList<>();
				field.setLength(0);
				any = false;
			}
			else {
				field.append(c);
				any = true;
			}
		}
		if (any || !field.isEmpty()) {
			record.add(field.toString());
			records.add(record);
		}
		return records;
	}

	private static char separator(String text) {
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
