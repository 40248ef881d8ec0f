package vn.thads.portal.report.document;

import java.util.List;
import java.util.Objects;

/**
 * A document made of the generic parts only, printed by the generic template: what an
 * assembler returns when its document needs no section of its own.
 */
public record SimpleDocument(Text documentTitle, DocumentHeading heading, DocumentTitle title,
		List<DocumentSection> sections, Signatures signatures) implements PrintedDocument {

	public SimpleDocument {
		Objects.requireNonNull(documentTitle, "documentTitle");
		Objects.requireNonNull(heading, "heading");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(signatures, "signatures");
		sections = List.copyOf(sections);
	}

}
