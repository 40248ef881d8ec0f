/**
 * Printed reports (issue 6): a {@link vn.thads.portal.report.ReportDocument} for an
 * agency's subtree and a period, shown as a print view (HTML), rendered to PDF with an
 * embedded Unicode serif font and written to Excel. Read-only and arithmetic-free: every
 * number in a document was computed elsewhere ({@code Figures.derive()}, the statistics
 * engine); this module only words and formats it. The printed-document machinery every
 * printed document uses (heading, title block, sections, signatures; HTML, PDF, XLSX) is
 * its named interface {@code report::document}, see
 * {@link vn.thads.portal.report.document} and docs/printed-documents.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Printed reports",
		allowedDependencies = { "stats", "target", "returns", "agency", "period", "security", "web", "shared" })
package vn.thads.portal.report;
