package vn.thads.portal.report.document;

import java.time.LocalDate;
import java.util.Objects;

import vn.thads.portal.agency.AgencyLevel;
import vn.thads.portal.agency.Reorganisation;

/**
 * The heading of an administrative document (Decree 30/2020, Appendix I): left the agency
 * above the issuer in capitals, the issuer in bold capitals over a short rule and "Số:
 * …"; right the State's name, the motto and the place and date line.
 *
 * @param parentAgency the agency above the issuer ("Tổng cục Thi hành án dân sự"), empty
 * when none is printed
 * @param agency the issuer
 * @param numberSymbol what follows "Số:" ("…/BC-CTHADS")
 * @param place the place of the date line ("Kiên Giang")
 * @param date the document's date
 */
public record DocumentHeading(String parentAgency, String agency, String numberSymbol, String place, LocalDate date) {

	/**
	 * What follows "Số:" on a report ({@code kind} "BC") or another document of an
	 * agency, the number being written in when it is registered: the kind and the
	 * issuer's initials as named on {@code day} (domain.md §1a): Tổng cục / Cục / Chi cục
	 * THADS, from 01/07/2025 Cục Quản lý THADS / THADS tỉnh / Phòng THADS khu vực.
	 */
	public static String numberSymbol(String kind, AgencyLevel level, LocalDate day) {
		boolean present = Reorganisation.isAfter(day);
		String issuer = switch (level) {
			case CENTRAL -> present ? "CQLTHADS" : "TCTHADS";
			case PROVINCE -> present ? "THADS" : "CTHADS";
			case LOCAL -> present ? "PTHADS" : "CCTHADS";
		};
		return "…/" + kind + "-" + issuer;
	}

	public DocumentHeading {
		Objects.requireNonNull(agency, "agency");
		Objects.requireNonNull(date, "date");
		parentAgency = Objects.requireNonNullElse(parentAgency, "");
		numberSymbol = Objects.requireNonNullElse(numberSymbol, "");
		place = Objects.requireNonNullElse(place, "");
	}

}
