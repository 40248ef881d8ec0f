package vn.thads.portal.returns.exchange;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import vn.thads.portal.returns.FigureInput;
import vn.thads.portal.returns.Figures;
import vn.thads.portal.returns.Form;
import vn.thads.portal.returns.FormColumn;
import vn.thads.portal.returns.ReadFigures;
import vn.thads.portal.returns.ReturnCategory;
import vn.thads.portal.returns.ReturnFigures;
import vn.thads.portal.returns.ReturnMessages;

/**
 * The figures of one row of a history file, each cell read by {@link FigureInput} (a
 * blank cell is 0, as on the entry page); a cell that is not a figure is reported on its
 * line and column.
 */
final class RowFigures {

	private final ReturnMessages messages;

	private final ReturnFile.Table table;

	private final ReturnFile.Row row;

	private final Issues issues;

	private boolean ok = true;

	private RowFigures(ReturnMessages messages, ReturnFile.Table table, ReturnFile.Row row, Issues issues) {
		this.messages = messages;
		this.table = table;
		this.row = row;
		this.issues = issues;
	}

	/**
	 * Both forms, the categories the file has columns of (a category all blank on the row
	 * is not read: the period does not report it), the reception lines it has (a blank
	 * one is not read); or null when a cell is not a figure (each one reported).
	 */
	static ReadFigures read(ReturnMessages messages, ReturnFile.Table table, ReturnFile.Row row, Issues issues) {
		return new RowFigures(messages, table, row, issues).read();
	}

	private ReadFigures read() {
		Figures cases = form("", Form.CASES);
		Figures money = form("", Form.MONEY);
		Map<String, ReturnFigures> categories = new TreeMap<>();
		for (String code : this.table.categoryCodes()) {
			String prefix = ReturnCategory.prefix(code);
			if (ReturnFile.FIGURES.stream().allMatch((f) -> this.table.cell(this.row, prefix + f.name()).isEmpty())) {
				continue;
			}
			categories.put(code, new ReturnFigures(form(prefix, Form.CASES), form(prefix, Form.MONEY)));
		}
		Map<String, Long> companion = new HashMap<>();
		for (String field : ReadFigures.companionFields()) {
			String typed = this.table.cell(this.row, field);
			if (!typed.isEmpty()) {
				companion.put(field, figure(field, typed));
			}
		}
		return this.ok ? new ReadFigures(new ReturnFigures(cases, money, categories), categories.keySet(), companion)
				: null;
	}

	private Figures form(String prefix, Form form) {
		Map<FormColumn, Long> values = new EnumMap<>(FormColumn.class);
		for (FormColumn column : FormColumn.ENTERED) {
			String name = prefix + form.field(column);
			values.put(column, figure(name, this.table.cell(this.row, name)));
		}
		return Figures.of(values);
	}

	private long figure(String name, String typed) {
		FigureInput.Parsed figure = FigureInput.parse(typed);
		if (!figure.ok()) {
			this.issues.error(this.row.line(), name, this.messages.text(figure.on(name, typed)));
			this.ok = false;
		}
		return figure.value();
	}

}
