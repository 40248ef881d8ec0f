package vn.thads.portal.returns.web;

import org.springframework.stereotype.Component;
import vn.thads.portal.returns.Form;
import vn.thads.portal.returns.FormColumn;

/**
 * Names a figure's field path ({@code cases.completed}) for people: the form, the column
 * letter and the label key. Templates call it as {@code @returnFields}.
 */
@Component("returnFields")
public class ReturnFieldNames {

	public String formKey(String field) {
		return "form." + form(field).code();
	}

	public String letter(String field) {
		return column(field).letter();
	}

	public String labelKey(String field) {
		return column(field).labelKey();
	}

	private static Form form(String field) {
		return field.startsWith(Form.MONEY.code() + ".") ? Form.MONEY : Form.CASES;
	}

	private static FormColumn column(String field) {
		return FormColumn.byCode(field.substring(field.indexOf('.') + 1)).orElseThrow();
	}

}
