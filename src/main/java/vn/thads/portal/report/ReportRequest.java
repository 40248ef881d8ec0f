package vn.thads.portal.report;

import java.time.LocalDate;
import java.util.Objects;

import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.period.ReportingPeriod;
import vn.thads.portal.stats.Basis;

/**
 * Which report to print, checked: an agency the user may see, a period that has ended,
 * printed as a kind of report that fits it, on a basis, dated.
 *
 * @param agency the issuing agency; the report covers its subtree
 * @param period the period, which has ended
 * @param kind how the period is titled ("quý II" or "6 tháng")
 * @param basis which returns the figures count
 * @param date the date of the report, after the period's end
 * @param dateChosen whether the user chose the date (links then keep it) or it is today
 */
public record ReportRequest(AgencyRef agency, ReportingPeriod period, ReportKind kind, Basis basis, LocalDate date,
		boolean dateChosen) {

	public ReportRequest {
		Objects.requireNonNull(agency, "agency");
		Objects.requireNonNull(period, "period");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(basis, "basis");
		Objects.requireNonNull(date, "date");
	}

	/** The name of the report's files: {@code bao-cao-KG-2022-09.pdf}. */
	public String fileName(String extension) {
		return "bao-cao-" + this.agency.code() + "-" + this.period.code() + "." + extension;
	}

}
