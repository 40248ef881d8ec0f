package vn.thads.portal.report.document;

import java.time.LocalDate;
import java.util.Objects;

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

	public DocumentHeading {
		Objects.requireNonNull(agency, "agency");
		Objects.requireNonNull(date, "date");
		parentAgency = Objects.requireNonNullElse(parentAgency, "");
		numberSymbol = Objects.requireNonNullElse(numberSymbol, "");
		place = Objects.requireNonNullElse(place, "");
	}

}
