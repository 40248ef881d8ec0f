package vn.thads.portal.returns.exchange;

import java.util.LinkedHashMap;
import java.util.Map;

import vn.thads.portal.returns.Figures;
import vn.thads.portal.returns.Form;
import vn.thads.portal.returns.FormColumn;
import vn.thads.portal.returns.ReadFigures;
import vn.thads.portal.returns.ReturnFigures;

/**
 * One row of the exchange file, as the JSON export writes it: the CSV's columns, with the
 * figures of each form in an object as the API's figures object ({@code cases.completed}
 * in the CSV is {@code cases.completed} here; {@code reduced} only in {@code money}).
 *
 * @param agencyName the agency's name at the period's end
 * @param period {@code YYYY-MM}
 * @param status the return's status (the import ignores it)
 * @param categories each category the period reports, by code, with its two forms
 * ({@code categories.CODE.cases.completed} in the CSV)
 * @param reception the citizen-reception lines by code ({@code reception.visits} in the
 * CSV)
 */
public record ExchangeRow(String agency, String agencyName, String period, String status, Map<String, Long> cases,
		Map<String, Long> money, Map<String, Map<String, Map<String, Long>>> categories, Map<String, Long> reception) {

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

	/** Both forms of a category, by form code. */
	static Map<String, Map<String, Long>> forms(ReturnFigures figures) {
		Map<String, Map<String, Long>> forms = new LinkedHashMap<>();
		for (Form form : Form.values()) {
			forms.put(form.code(), figures(form, figures.of(form)));
		}
		return forms;
	}

	/** The companion lines (today the reception's) by their code: {@code visits}. */
	static Map<String, Long> companion(ReturnFigures figures) {
		Map<String, Long> values = new LinkedHashMap<>();
		ReadFigures.companionFields()
			.forEach((field) -> values.put(field.substring(field.indexOf('.') + 1), ReadFigures.value(figures, field)));
		return values;
	}

}
