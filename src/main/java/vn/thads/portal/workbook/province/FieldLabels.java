package vn.thads.portal.workbook.province;

import vn.thads.portal.returns.Form;
import vn.thads.portal.returns.FormColumn;

/**
 * Names a figure's field ({@code money.completed}) on the page: the column's label and
 * letter, and the form's name, as message keys.
 */
public final class FieldLabels {

	static final FieldLabels INSTANCE = new FieldLabels();

	private FieldLabels() {
	}

	public String labelKey(String field) {
		return column(field).labelKey();
	}

	public String letter(String field) {
		return column(field).letter();
	}

	/** {@code workbook.province.form.cases} or {@code workbook.province.form.money}. */
	public String formKey(String field) {
		return "workbook.province.form." + field.substring(0, field.indexOf('.'));
	}

	private static FormColumn column(String field) {
		return FormColumn.byCode(field.substring(field.indexOf('.') + 1)).orElseThrow();
	}

	static boolean isFigure(String field) {
		int dot = (field != null) ? field.indexOf('.') : -1;
		return dot > 0 && (field.startsWith(Form.CASES.code() + ".") || field.startsWith(Form.MONEY.code() + "."))
				&& FormColumn.byCode(field.substring(dot + 1)).isPresent();
	}

}
