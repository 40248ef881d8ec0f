/**
 * The printed-document machinery (issue 15 item 4), for any module that prints: a
 * {@link vn.thads.portal.report.document.PrintedDocument} is a heading (the agency line
 * and the State's name and motto, Decree 30/2020), a title block, a list of
 * {@link vn.thads.portal.report.document.DocumentSection}s (paragraphs, a list, a table,
 * a notice, a page break, or a section of the document's own with its own Thymeleaf
 * fragment) and the signatures. {@link vn.thads.portal.report.document.DocumentHtml}
 * renders it as print-ready HTML, {@link vn.thads.portal.report.document.PdfRenderer} as
 * a PDF with the embedded report font,
 * {@link vn.thads.portal.report.document.DocumentXlsx} as an Excel sheet. A new document
 * needs an assembler that builds the model and, when the generic
 * {@code document/document} template does not suffice, a template of its own
 * (docs/printed-documents.md). Other modules use it as {@code report::document}.
 */
@org.springframework.modulith.NamedInterface("document")
package vn.thads.portal.report.document;
