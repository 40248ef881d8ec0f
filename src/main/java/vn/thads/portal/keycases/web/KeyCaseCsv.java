package vn.thads.portal.keycases.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.thads.portal.keycases.KeyCaseInstruction;
import vn.thads.portal.keycases.KeyCaseRow;
import vn.thads.portal.shared.CsvExport;

/**
 * The register as CSV ({@link CsvExport}: UTF-8 with a BOM, formulas made inert), headed
 * in the user's language. The parties' names are two more columns, only when asked for.
 */
@Component
class KeyCaseCsv {

	private static final List<String> COLUMNS = List.of("unit", "decisionNumber", "decisionDate", "acceptedOn",
			"category", "reasons", "amount", "collected", "outstanding", "status", "closedOn", "nextStep",
			"nextStepDue", "officer", "lastInstruction", "lastInstructionDone");

	private final MessageSource messages;

	KeyCaseCsv(MessageSource messages) {
		this.messages = messages;
	}

	byte[] write(List<KeyCaseRow> rows, boolean withNames, Map<String, String> categoryNames, Locale locale) {
		List<String> header = new ArrayList<>();
		COLUMNS.forEach((column) -> header.add(message("keycase.csv." + column, locale)));
		if (withNames) {
			header.add(message("keycase.csv.debtorName", locale));
			header.add(message("keycase.csv.creditorName", locale));
		}
		List<List<Object>> lines = new ArrayList<>();
		for (KeyCaseRow row : rows) {
			KeyCaseInstruction last = row.lastInstruction();
			List<Object> line = new ArrayList<>(List.of(row.agencyCode(), row.decisionNumber(), row.decisionDate()));
			line.add(row.acceptedOn());
			line.add((row.categoryCode() != null) ? categoryNames.get(row.categoryCode()) : null);
			line.add(row.reasons()
				.stream()
				.map((reason) -> message("keycase.reason." + reason.name(), locale))
				.collect(Collectors.joining("; ")));
			line.add(row.amount());
			line.add(row.collected());
			line.add(row.outstanding());
			line.add(message("keycase.status." + row.status().name(), locale));
			line.add(row.closedOn());
			line.add(row.nextStep());
			line.add(row.nextStepDue());
			line.add(row.officer());
			line.add((last != null) ? last.meeting() + ": " + last.text() : null);
			line.add((last != null) ? last.doneOn() : null);
			if (withNames) {
				line.add(row.debtorName());
				line.add(row.creditorName());
			}
			lines.add(line);
		}
		return CsvExport.write(header, lines);
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
