package vn.thads.portal.report;

/**
 * The optional parameters of a report's link, as typed: {@code ?kind=quarter} (how the
 * period is titled, when it could be titled two ways), {@code &basis=approved} (approved
 * returns only) and {@code &date=2022-10-05} (the report's date, today when absent).
 */
public record ReportOptions(String kind, String basis, String date) {

	public static final ReportOptions NONE = new ReportOptions(null, null, null);

}
