package vn.thads.portal.workbook.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import vn.thads.portal.returns.Derived;
import vn.thads.portal.returns.FieldChange;
import vn.thads.portal.returns.Form;
import vn.thads.portal.returns.FormColumn;
import vn.thads.portal.returns.ReturnMessages;
import vn.thads.portal.returns.web.ReturnFieldNames;
import vn.thads.portal.web.Formats;
import vn.thads.portal.workbook.WorkbookCheck;
import vn.thads.portal.workbook.WorkbookTexts;

/** Words and formats a dry run for its page; computes nothing. */
@Component
class CheckPages {

	private final Formats fmt;

	private final WorkbookTexts texts;

	private final ReturnFieldNames fields;

	CheckPages(Formats fmt, WorkbookTexts texts, ReturnFieldNames fields) {
		this.fmt = fmt;
		this.texts = texts;
		this.fields = fields;
	}

	CheckPage page(WorkbookCheck check, String token) {
		List<CheckPage.Line> changes = check.changes().stream().map(this::line).toList();
		List<CheckPage.Line> derived = new ArrayList<>();
		if (check.uploaded() != null) {
			for (Form form : Form.values()) {
				Derived saved = check.current().check().derived(form);
				Derived uploaded = check.uploaded().derived(form);
				for (FormColumn column : FormColumn.COMPUTED) {
					String from = value(saved, column);
					String to = value(uploaded, column);
					derived.add(new CheckPage.Line(null, "form." + form.code(), column.letter(), column.labelKey(),
							from, to, !from.equals(to)));
				}
			}
		}
		ReturnMessages messages = this.texts.messages();
		String notice = null;
		if (check.versionChanged()) {
			notice = messages.text("workbook.check.versionChanged",
					(check.workbookVersion() != null) ? check.workbookVersion()
							: messages.text("workbook.check.newVersion"),
					check.current().version(), (check.current().updatedAt() != null)
							? check.current().updatedBy() + ", " + this.fmt.dateTime(check.current().updatedAt()) : "");
		}
		List<String> since = check.changedSince()
			.stream()
			.map((c) -> messages.text("workbook.check.changedSince.item", name(c.field(), messages), number(c.from()),
					number(c.to())))
			.toList();
		return new CheckPage(check.current(), check.filename(), check.checksum(), token, changes, derived,
				this.texts.texts(check.errors()), this.texts.texts(check.warnings()), !check.canConfirm(), notice,
				since);
	}

	/**
	 * A figure the workbook changes: the main forms', a category's or a reception line's,
	 * named as the history names it.
	 */
	private CheckPage.Line line(FieldChange change) {
		String field = change.field();
		return new CheckPage.Line(this.fields.category(field), this.fields.formKey(field), this.fields.letter(field),
				this.fields.labelKey(field), number(change.from()), number(change.to()), true);
	}

	/**
	 * Any figure of the return, as the history names it: what changed since the download
	 * may be a category's or a reception line's too.
	 */
	private String name(String field, ReturnMessages messages) {
		String category = this.fields.category(field);
		return ((category != null) ? category + ": " : "") + messages.text(this.fields.formKey(field)) + " "
				+ this.fields.letter(field) + " " + messages.text(this.fields.labelKey(field));
	}

	private String number(Long value) {
		return (value != null) ? this.fmt.number(value) : Formats.NONE;
	}

	private String value(Derived derived, FormColumn column) {
		Object value = derived.get(column);
		return column.isRate() ? this.fmt.decimal((BigDecimal) value) : this.fmt.number((Number) value);
	}

}
