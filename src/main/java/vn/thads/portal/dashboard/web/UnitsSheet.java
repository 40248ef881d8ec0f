package vn.thads.portal.dashboard.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import vn.thads.portal.dashboard.FormCells;
import vn.thads.portal.dashboard.ReturnState;
import vn.thads.portal.dashboard.UnitRow;
import vn.thads.portal.dashboard.UnitsTable;
import vn.thads.portal.returns.Form;

/**
 * The units table as the files carry it, one definition for the CSV and the Excel
 * writers: the columns of the page's two tables side by side (code, unit, the seven
 * figures of each form, the return's state and days late, units reported) and the same
 * rows, the total last. Values are copied from the view records: numbers stay numbers
 * (Long, BigDecimal), a missing value is null.
 *
 * @param title the agency and the period
 * @param total the last row is the total
 */
record UnitsSheet(String title, List<Column> columns, List<List<Object>> rows) {

	/** Code and unit: the columns that stay in view when the sheet scrolls sideways. */
	static final int LEADING = 2;

	/** What a column holds, for the number format of a cell. */
	enum Kind {

		TEXT, AMOUNT, RATE, POINTS

	}

	/**
	 * @param group the form a column belongs to ("Tính bằng việc"); null for the others
	 */
	record Column(String group, String header, Kind kind) {

	}

	static UnitsSheet of(UnitsTable table, MessageSource messages, Locale locale) {
		Words words = new Words(messages, locale);
		List<Column> columns = new ArrayList<>();
		columns.add(new Column(null, words.get("dashboard.export.code"), Kind.TEXT));
		columns.add(new Column(null, words.get("dashboard.units.unit"), Kind.TEXT));
		for (Form form : List.of(Form.CASES, Form.MONEY)) {
			String group = words.get("form." + form.code());
			columns.add(new Column(group, words.get("dashboard.units.mustEnforce"), Kind.AMOUNT));
			columns.add(new Column(group, words.get("dashboard.units.withConditions"), Kind.AMOUNT));
			columns.add(new Column(group, words.get("dashboard.units.resolved"), Kind.AMOUNT));
			columns.add(new Column(group, words.get("dashboard.export.rate"), Kind.RATE));
			columns.add(new Column(group, words.get("dashboard.export.target"), Kind.RATE));
			columns.add(new Column(group, words.get("dashboard.export.gap"), Kind.POINTS));
			columns.add(new Column(group, words.get("dashboard.units.needed"), Kind.AMOUNT));
		}
		columns.add(new Column(null, words.get("dashboard.units.state"), Kind.TEXT));
		columns.add(new Column(null, words.get("dashboard.export.daysLate"), Kind.AMOUNT));
		columns.add(new Column(null, words.get("dashboard.export.submitted"), Kind.AMOUNT));
		columns.add(new Column(null, words.get("dashboard.export.expected"), Kind.AMOUNT));
		List<List<Object>> rows = new ArrayList<>();
		for (UnitRow row : table.rows()) {
			rows.add(row(row, row.own() ? words.get(row.ownLabel()) : row.agency().name(), words));
		}
		rows.add(row(table.total(), words.get("dashboard.units.total"), words));
		String title = words.get("dashboard.export.title", table.agency().name(),
				words.get("dashboard.period.short", table.period().months(), table.period().statYear()));
		return new UnitsSheet(title, List.copyOf(columns), List.copyOf(rows));
	}

	private static List<Object> row(UnitRow row, String name, Words words) {
		List<Object> values = new ArrayList<>();
		values.add(row.agency().code());
		values.add(name);
		for (Form form : List.of(Form.CASES, Form.MONEY)) {
			FormCells cells = row.cells(form);
			values.add(cells.mustEnforce());
			values.add(cells.withConditions());
			values.add(cells.resolved());
			values.add(cells.rate());
			values.add(cells.target());
			values.add(cells.gap().value());
			values.add(cells.stillNeeded());
		}
		boolean own = row.state().kind() != ReturnState.Kind.NOT_EXPECTED;
		values.add(own ? words.get(row.state().kind().key()) : null);
		values.add(own ? row.state().daysLate() : null);
		values.add((long) row.state().units().submitted());
		values.add((long) row.state().units().expected());
		return values;
	}

	/** Messages in the user's language. */
	private record Words(MessageSource messages, Locale locale) {

		String get(String key, Object... arguments) {
			return this.messages.getMessage(key, arguments, this.locale);
		}

	}

}
