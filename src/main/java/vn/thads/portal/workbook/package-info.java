/**
 * Returns as Excel workbooks (issue 13): a unit's return downloaded in the layout of the
 * official forms and uploaded back, checked field by field (a dry run) and saved exactly
 * as the entry page and {@code PUT} save it ({@code returns.ReturnEntry}). Uploaded files
 * are opened only through {@link vn.thads.portal.workbook.SafeWorkbooks}, which refuses
 * what is not a plain XLSX; nothing in a file is ever evaluated.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workbooks", allowedDependencies = { "returns",
		"returns :: api", "returns :: fields", "agency", "period", "report", "security", "web", "shared" })
package vn.thads.portal.workbook;
