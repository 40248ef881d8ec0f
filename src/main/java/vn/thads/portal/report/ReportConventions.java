package vn.thads.portal.report;

import java.time.LocalDate;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.thads.portal.agency.AgencyLevel;
import vn.thads.portal.agency.Reorganisation;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.report.document.DocumentHeading;
import vn.thads.portal.report.document.DocumentHeadings;

/**
 * The conventions of an agency's printed report that are not figures: which circular
 * issued the forms, the document's symbol, the place of the date line, the agency above
 * the issuer and the recipient. Each is one small rule, here and nowhere else.
 */
@Component
class ReportConventions {

	/**
	 * Circular 05/2024/TT-BTP replaced 06/2019/TT-BTP on 26/07/2024, and 05/2026/TT-BTP
	 * replaces it on 01/07/2026. Both came into force in the last quarter of a
	 * statistical year, whose reports were still made on the old forms: a statistical
	 * year reports on the forms in force when it began.
	 */
	static String circular(int statYear) {
		if (statYear <= 2024) {
			return "06/2019/TT-BTP";
		}
		return (statYear <= 2026) ? "05/2024/TT-BTP" : "05/2026/TT-BTP";
	}

	/**
	 * What follows "Số:", the number being written in when the report is registered: BC
	 * (báo cáo) and the issuer's initials as named on {@code day} (domain.md §1a): Tổng
	 * cục / Cục / Chi cục THADS, from 01/07/2025 Cục Quản lý THADS / THADS tỉnh / Phòng
	 * THADS khu vực.
	 */
	static String numberSymbol(AgencyLevel level, LocalDate day) {
		return DocumentHeading.numberSymbol("BC", level, day);
	}

	private final MessageSource messages;

	private final DocumentHeadings headings;

	ReportConventions(MessageSource messages, DocumentHeadings headings) {
		this.messages = messages;
		this.headings = headings;
	}

	/**
	 * Decree 30/2020, Appendix I: the place is the administrative unit where the issuer
	 * sits, the province for a Cục ("Kiên Giang"), the district for a Chi cục ("Rạch
	 * Giá"): the agency's short name. The central agency sits in Hà Nội.
	 */
	String place(AgencyRef agency, Locale locale) {
		return this.headings.place(agency, locale);
	}

	/**
	 * The agency printed above the issuer, and the one the report is sent to: its parent,
	 * or for the central agency the Ministry of Justice.
	 */
	String superior(AgencyRef parent, Locale locale) {
		return this.headings.superior(parent, locale);
	}

	/**
	 * The first column's label of the issuer's own return: its office for a province or
	 * the centre, which has units with rows of their own; its short name for a local
	 * unit.
	 */
	String ownRow(AgencyRef agency, LocalDate periodEnd, Locale locale) {
		return (agency.level() == AgencyLevel.LOCAL) ? agency.shortName()
				: message("report.row.own." + agency.level().name() + Reorganisation.era(periodEnd), locale);
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
