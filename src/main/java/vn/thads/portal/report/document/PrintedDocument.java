package vn.thads.portal.report.document;

import java.util.List;

/**
 * A document as printed: what the print view, the PDF and the workbook show, already
 * worded and computed; the renderers only lay it out. A document's own record implements
 * it (the monthly report's {@code ReportDocument}); {@link SimpleDocument} is one for
 * documents that need nothing more.
 */
public interface PrintedDocument {

	/** The model attribute of the document in its template. */
	String MODEL = "document";

	/** The generic template: heading, title, the sections in order, signatures. */
	String GENERIC_TEMPLATE = "document/document";

	/**
	 * The Thymeleaf template of the print view and the PDF, {@value #GENERIC_TEMPLATE}
	 * unless the document has its own.
	 */
	default String template() {
		return GENERIC_TEMPLATE;
	}

	/** The window title of the print view. */
	Text documentTitle();

	DocumentHeading heading();

	DocumentTitle title();

	/** The body, in print order. */
	List<DocumentSection> sections();

	Signatures signatures();

}
