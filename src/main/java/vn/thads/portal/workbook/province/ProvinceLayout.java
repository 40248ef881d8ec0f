package vn.thads.portal.workbook.province;

import java.util.Locale;

/**
 * The two layouts of a province's workbook (docs/workbooks.md); an upload may be in
 * either, whichever was downloaded.
 */
public enum ProvinceLayout {

	/** A sheet per return, each laid out like the official forms. */
	SHEETS,

	/** One sheet, a row per return, a column per entered figure. */
	ROWS;

	/** {@code sheets} or {@code rows}, as in {@code ?layout=rows}. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The layout named by a request parameter; {@link #SHEETS} for anything else. */
	public static ProvinceLayout of(String code) {
		return "rows".equalsIgnoreCase(code) ? ROWS : SHEETS;
	}

}
