package vn.thads.portal.meeting;

/**
 * A decision as typed on the page, unchecked: dates as {@code yyyy-MM-dd} (the browser's
 * date field).
 */
public record DecisionEntry(String text, String responsible, String due, String result) {

	/** Nothing typed on the line: it is left out. */
	boolean blank() {
		return isBlank(this.text) && isBlank(this.responsible) && isBlank(this.due) && isBlank(this.result);
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}
