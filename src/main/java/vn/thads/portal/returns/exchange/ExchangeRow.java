package vn.thads.portal.returns.exchange;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;

import vn.thads.portal.returns.CompanionForm;
import vn.thads.portal.returns.CompanionLine;
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
 * @param companions each companion form's entered lines by code, by form code: in the
 * JSON an object per form beside {@code cases} and {@code money} ({@code reception},
 * {@code complaints}, {@code adminJudgments}, as in the API), in the CSV a column per
 * line ({@code complaints.complaintsReceived})
 */
public record ExchangeRow(String agency, String agencyName, String period, String status, Map<String, Long> cases,
		Map<String, Long> money, Map<String, Map<String, Map<String, Long>>> categories,
		@JsonAnyGetter Map<String, Map<String, Long>> companions) {

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

	/**
	 * The companion forms' entered lines by their code ({@code visits}), by form code
	 * ({@code reception}), in form order.
	 */
	static Map<String, Map<String, Long>> companions(ReturnFigures figures) {
		Map<String, Map<String, Long>> forms = new LinkedHashMap<>();
		for (CompanionForm form : CompanionForm.values()) {
			Map<String, Long> values = new LinkedHashMap<>();
			form.entered().forEach((line) -> values.put(line.code(), figures.companion(form).get(line)));
			forms.put(form.code(), values);
		}
		return forms;
	}

	/**
	 * The figures of the CSV's companion columns, in {@link ReadFigures#companionFields}
	 * order.
	 */
	List<Long> companionCells() {
		return ReadFigures.companionFields().stream().map((field) -> {
			CompanionLine<?> line = CompanionForm.line(field).orElseThrow();
			return this.companions.get(line.form().code()).get(line.code());
		}).toList();
	}

}
