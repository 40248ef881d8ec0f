package vn.thads.portal.meeting;

import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.period.ReportingPeriod;
import vn.thads.portal.report.document.PrintedDocument;

/**
 * The pack of one agency's meeting for one month, as printed, and what the page around it
 * needs.
 *
 * @param canEnter the reader may enter the meeting's conclusions
 */
public record MeetingPack(AgencyRef agency, ReportingPeriod period, PrintedDocument document, boolean canEnter) {

	/** The name of its files without the extension: {@code giao-ban-AG-2026-10}. */
	public String fileName() {
		return "giao-ban-" + this.agency.code() + "-" + this.period.code();
	}

}
