package vn.thads.portal.returns;

import java.time.LocalDate;
import java.util.Locale;

/**
 * A category of the two forms ("trong đó", issue 14): a part of the main form's figures
 * that is reported on its own, such as bank credit. Categories are data (table
 * {@code return_category}): a new one needs no code.
 *
 * @param code {@code TIN_DUNG_NGAN_HANG}: the API's code and the field prefix
 * {@code categories.TIN_DUNG_NGAN_HANG.cases.completed}
 * @param validTo the last day it is reported, null while it still is
 */
public record ReturnCategory(String code, String nameVi, String nameEn, LocalDate validFrom, LocalDate validTo) {

	/** The prefix of this category's figure fields: {@code categories.CODE.}. */
	public static final String FIELD_PREFIX = "categories.";

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.nameEn : this.nameVi;
	}

	/** Whether a period ending in the month starting that day reports it. */
	public boolean validIn(LocalDate monthStart) {
		return !this.validFrom.isAfter(monthStart.withDayOfMonth(monthStart.lengthOfMonth()))
				&& (this.validTo == null || !this.validTo.isBefore(monthStart));
	}

	/**
	 * The field path of one figure of this category:
	 * {@code categories.CODE.cases.completed}.
	 */
	public String field(Form form, FormColumn column) {
		return prefix(this.code) + form.field(column);
	}

	public static String prefix(String code) {
		return FIELD_PREFIX + code + ".";
	}

}
