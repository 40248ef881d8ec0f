package vn.thads.portal.report.document;

/** What follows starts a new page. */
public record PageBreak() implements DocumentSection {

	@Override
	public String fragment() {
		return "document/sections :: pageBreak";
	}

}
