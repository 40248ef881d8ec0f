package vn.thads.portal.report.document;

import java.time.LocalDate;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.thads.portal.agency.AgencyDirectory;
import vn.thads.portal.agency.AgencyLevel;
import vn.thads.portal.agency.AgencyRef;

/**
 * The heading of an agency's document (Decree 30/2020, Appendix I) for the documents
 * other than the monthly report: the agency above, the issuer, the number, the place and
 * date.
 */
@Component
public class DocumentHeadings {

	private final AgencyDirectory directory;

	private final MessageSource messages;

	DocumentHeadings(AgencyDirectory directory, MessageSource messages) {
		this.directory = directory;
		this.messages = messages;
	}

	/**
	 * @param agency the issuer
	 * @param namedOn the day whose names are printed (the period's end)
	 * @param kind the document's kind in its number ("BC" báo cáo, "KH" kế hoạch)
	 * @param date the document's date
	 */
	public DocumentHeading of(AgencyRef agency, LocalDate namedOn, String kind, LocalDate date, Locale locale) {
		AgencyRef parent = (agency.parentId() != null) ? this.directory.getById(agency.parentId()).asOn(namedOn) : null;
		AgencyRef named = agency.asOn(namedOn);
		return new DocumentHeading(superior(parent, locale), named.name(),
				DocumentHeading.numberSymbol(kind, agency.level(), date), place(named, locale), date);
	}

	/**
	 * The place is the administrative unit where the issuer sits, the province for a Cục
	 * ("Kiên Giang"), the district for a Chi cục ("Rạch Giá"): the agency's short name.
	 * The central agency sits in Hà Nội.
	 */
	public String place(AgencyRef agency, Locale locale) {
		return (agency.level() == AgencyLevel.CENTRAL) ? message("report.place.central", locale) : agency.shortName();
	}

	/**
	 * The agency printed above the issuer: its parent, or for the central agency the
	 * Ministry of Justice.
	 */
	public String superior(AgencyRef parent, Locale locale) {
		return (parent != null) ? parent.name() : message("report.ministry", locale);
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
