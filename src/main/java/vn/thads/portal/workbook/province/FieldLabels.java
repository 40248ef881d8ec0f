package vn.thads.portal.workbook.province;

import org.springframework.stereotype.Component;
import vn.thads.portal.returns.ReturnCategory;
import vn.thads.portal.returns.web.ReturnFieldNames;

/**
 * Names a figure's field ({@code money.completed}, a category's
 * {@code categories.CODE.money.completed}, a companion line's
 * {@code complaints.complaintsResolved}) on the page as the history names it
 * ({@link ReturnFieldNames}), the main forms by their short units: the column's label and
 * letter, the form's name, the category's.
 */
@Component
public class FieldLabels {

	private final ReturnFieldNames names;

	FieldLabels(ReturnFieldNames names) {
		this.names = names;
	}

	public String labelKey(String field) {
		return this.names.labelKey(field);
	}

	public String letter(String field) {
		return this.names.letter(field).replace("(", "").replace(")", "");
	}

	/**
	 * {@code workbook.province.form.cases} or {@code workbook.province.form.money}; a
	 * companion line's section.
	 */
	public String formKey(String field) {
		String key = this.names.formKey(field);
		return key.startsWith("form.") ? "workbook.province." + key : key;
	}

	/** The category's name ("Tín dụng, ngân hàng: "), or "" for the main forms'. */
	public String category(String field) {
		String name = field.startsWith(ReturnCategory.FIELD_PREFIX) ? this.names.category(field) : null;
		return (name != null) ? name + ": " : "";
	}

}
