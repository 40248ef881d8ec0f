package vn.thads.portal.workbook;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;

import org.springframework.context.MessageSource;
import vn.thads.portal.returns.Form;
import vn.thads.portal.returns.ReturnCategory;

/**
 * What a row of a return's sheet is labelled with, in either language: one of the two
 * forms ("Tính bằng việc (việc)", …) or a category's row of a form ("Trong đó: Tín dụng,
 * ngân hàng — Tính bằng việc (việc)"). The cells of the figure columns are not labels.
 */
final class RowLabels {

	private static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("vi"), Locale.ENGLISH);

	private final Map<Form, List<String>> names = new EnumMap<>(Form.class);

	/** "trong đó:", "of which:": how a category's rows start. */
	private final List<String> categoryStarts = new ArrayList<>();

	RowLabels(MessageSource messages) {
		for (Form form : Form.values()) {
			List<String> both = new ArrayList<>();
			for (Locale locale : LANGUAGES) {
				both.add(messages.getMessage("form." + form.code(), null, locale).toLowerCase(locale));
			}
			this.names.put(form, both);
		}
		for (Locale locale : LANGUAGES) {
			this.categoryStarts.add(messages.getMessage("return.categories.section", new Object[] { "" }, locale)
				.strip()
				.toLowerCase(locale));
		}
	}

	/**
	 * The form a row is labelled with (its label starting with the form's name), or null.
	 */
	Form form(Row row, Collection<Integer> figureColumns) {
		for (Cell cell : row) {
			if (figureColumns.contains(cell.getColumnIndex())) {
				continue;
			}
			String text = FigureCells.text(cell).toLowerCase(Locale.ROOT);
			for (Form form : Form.values()) {
				if (this.names.get(form).stream().anyMatch(text::startsWith)) {
					return form;
				}
			}
		}
		return null;
	}

	/**
	 * The category (by its name or code, the longest found) and form a row is labelled
	 * with, or null.
	 */
	Part part(Row row, Collection<Integer> figureColumns, List<ReturnCategory> known) {
		for (Cell cell : row) {
			if (figureColumns.contains(cell.getColumnIndex())) {
				continue;
			}
			String text = FigureCells.text(cell).toLowerCase(Locale.ROOT);
			if (this.categoryStarts.stream().noneMatch(text::startsWith)) {
				continue;
			}
			ReturnCategory category = null;
			int longest = 0;
			for (ReturnCategory c : known) {
				for (String name : List.of(c.nameVi(), c.nameEn(), c.code())) {
					if (name.length() > longest && text.contains(name.toLowerCase(Locale.ROOT))) {
						category = c;
						longest = name.length();
					}
				}
			}
			for (Form form : Form.values()) {
				if (category != null && this.names.get(form).stream().anyMatch(text::contains)) {
					return new Part(category.code(), form);
				}
			}
		}
		return null;
	}

	/** A category's row: which category, which form. */
	record Part(String code, Form form) {

	}

}
