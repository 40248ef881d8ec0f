package vn.thads.portal.returns.web;

import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.thads.portal.returns.Form;
import vn.thads.portal.returns.FormColumn;
import vn.thads.portal.returns.FormLine;
import vn.thads.portal.returns.CompanionForm;
import vn.thads.portal.returns.CompanionLine;
import vn.thads.portal.returns.ReturnCategories;
import vn.thads.portal.returns.ReturnCategory;

/**
 * Names a figure's field path ({@code cases.completed}, a category's
 * {@code categories.TIN_DUNG_NGAN_HANG.cases.completed}) for people: the category, the
 * form, the column letter and the label key; a companion form line's
 * ({@code reception.visits}, {@code complaints.complaintsResolved}) its section, number
 * and label. Templates call it as {@code @returnFields}; other modules (the workbook's
 * dry run) use it as the named interface {@code fields}.
 */
@org.springframework.modulith.NamedInterface("fields")
@Component("returnFields")
public class ReturnFieldNames {

	private final ReturnCategories categories;

	ReturnFieldNames(ReturnCategories categories) {
		this.categories = categories;
	}

	public String formKey(String field) {
		return CompanionForm.line(field)
			.map((line) -> line.form().sectionKey())
			.orElseGet(() -> "form." + form(field).code());
	}

	public String letter(String field) {
		return CompanionForm.line(field)
			.map((line) -> FormLine.numbered(line.number()))
			.orElseGet(() -> column(field).letter());
	}

	public String labelKey(String field) {
		return CompanionForm.line(field).map(CompanionLine::labelKey).orElseGet(() -> column(field).labelKey());
	}

	/** The name of the category a field belongs to, or null for the main form's. */
	public String category(String field) {
		if (!field.startsWith(ReturnCategory.FIELD_PREFIX)) {
			return null;
		}
		String code = field.substring(ReturnCategory.FIELD_PREFIX.length(),
				field.indexOf('.', ReturnCategory.FIELD_PREFIX.length()));
		Locale locale = LocaleContextHolder.getLocale();
		return this.categories.byCode(code).map((c) -> c.name(locale)).orElse(code);
	}

	/** The field within its form: {@code cases.completed}, whatever category. */
	private static String main(String field) {
		if (!field.startsWith(ReturnCategory.FIELD_PREFIX)) {
			return field;
		}
		return field.substring(field.indexOf('.', ReturnCategory.FIELD_PREFIX.length()) + 1);
	}

	private static Form form(String field) {
		return main(field).startsWith(Form.MONEY.code() + ".") ? Form.MONEY : Form.CASES;
	}

	private static FormColumn column(String field) {
		String main = main(field);
		return FormColumn.byCode(main.substring(main.indexOf('.') + 1)).orElseThrow();
	}

}
