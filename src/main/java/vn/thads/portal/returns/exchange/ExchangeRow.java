package vn.thads.portal.returns.exchange;

import java.util.LinkedHashMap;
import java.util.Map;

import vn.thads.portal.returns.Figures;
import vn.thads.portal.returns.Form;
import vn.thads.portal.returns.FormColumn;

/**
 * One row of the exchange file, as the JSON export writes it: the CSV's columns, with the
 * figures of each form in an object as the API's figures object ({@code cases.completed}
 * in the CSV is {@code cases.completed} here; {@code reduced} only in {@code money}).
 *
 * @param agencyName the agency's name at the period's end
 * @param period {@code YYYY-MM}
 * @param status the return's status (the import ignores it)
 */
public record ExchangeRow(String agency, String agencyName, String period, String status, Map<String, Long> cases,
		Map<String, Long> money) {

	/** The entered figures of one form that the form has, in form order. */
	static Map<String, Long> figures(Form form, Figures figures) {
		Map<String, Long> values = new LinkedHashMap<>();
		for (FormColumn column : FormColumn.ENTERED) {
			if (form.has(column)) {
				values.put(column.code(), figures.get(column));
			}
		}
		return values;
	}

}
