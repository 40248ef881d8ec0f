package vn.thads.portal.report.document;

/**
 * A part of a document's body. The generic ones ({@link Paragraphs}, {@link ItemList},
 * {@link Notice}, {@link DocumentTable}, {@link PageBreak}) print through
 * {@code templates/document/sections.html} and into the workbook; a document may add its
 * own, printed by a fragment of its own template (the monthly report's statistical
 * forms).
 */
public interface DocumentSection {

	/**
	 * The fragment that prints the section, {@code "template :: name"}; it is called with
	 * the document, the section and whether it is the last section (the block the PDF
	 * renderer keeps with the signatures, {@link PdfRenderer#LAST_BLOCK}).
	 */
	String fragment();

}
