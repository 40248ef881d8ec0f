package vn.thads.portal.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import vn.thads.portal.period.ReportingPeriod;
import vn.thads.portal.report.document.DocumentHeading;
import vn.thads.portal.report.document.DocumentSection;
import vn.thads.portal.report.document.DocumentTable;
import vn.thads.portal.report.document.DocumentTitle;
import vn.thads.portal.report.document.Notice;
import vn.thads.portal.report.document.Paragraphs;
import vn.thads.portal.report.document.PrintedDocument;
import vn.thads.portal.report.document.Signatures;
import vn.thads.portal.report.document.Text;

/**
 * A printed report of an agency's subtree for one period: what the print view, the PDF
 * and the Excel workbook show, already worded and computed. Renderers only format it.
 *
 * @param parentAgencyName the agency above the issuer, printed above it in capitals
 * ("Tổng cục Thi hành án dân sự"); null for the central agency
 * @param agencyName the issuing agency ("Cục Thi hành án dân sự tỉnh Kiên Giang")
 * @param placeName the place of the date line ("Kiên Giang")
 * @param date the date of the report
 * @param numberSymbol what follows "Số:" ("…/BC-CTHADS"); the number is often written by
 * hand when the report is registered
 * @param recipient the unit the report is sent to ("Tổng cục THADS")
 * @param circular the circular that issued the forms ("06/2019/TT-BTP")
 * @param period the reporting period
 * @param periodTitle its official title ("Quý IV năm 2022"), see {@link ReportTitles}
 * @param cases the form by cases
 * @param money the form by money
 * @param narrative the paragraphs of the report, see {@link NarrativeWriter}
 * @param unapprovedUnits the units whose return is not approved (or missing); empty when
 * every figure is approved
 * @param approvedOnly whether the figures count approved returns only, so that the units
 * not approved are left out of them rather than counted unapproved
 * @param categories the categories of the two forms with figures in the period ("Trong
 * đó", issue 14), printed after the main forms; empty when none has figures
 * @param companions the tables of the companion forms with figures in the period (tiếp
 * công dân, issue 14), printed last, see {@link CompanionSections}
 */
public record ReportDocument(String parentAgencyName, String agencyName, String placeName, LocalDate date,
		String numberSymbol, String recipient, String circular, ReportingPeriod period, String periodTitle,
		ReportTable cases, ReportTable money, List<String> narrative, List<String> unapprovedUnits,
		boolean approvedOnly, List<ReportCategory> categories,
		List<DocumentTable> companions) implements PrintedDocument {

	/** A report without companion forms. */
	public ReportDocument(String parentAgencyName, String agencyName, String placeName, LocalDate date,
			String numberSymbol, String recipient, String circular, ReportingPeriod period, String periodTitle,
			ReportTable cases, ReportTable money, List<String> narrative, List<String> unapprovedUnits,
			boolean approvedOnly, List<ReportCategory> categories) {
		this(parentAgencyName, agencyName, placeName, date, numberSymbol, recipient, circular, period, periodTitle,
				cases, money, narrative, unapprovedUnits, approvedOnly, categories, List.of());
	}

	/** A report without categories. */
	public ReportDocument(String parentAgencyName, String agencyName, String placeName, LocalDate date,
			String numberSymbol, String recipient, String circular, ReportingPeriod period, String periodTitle,
			ReportTable cases, ReportTable money, List<String> narrative, List<String> unapprovedUnits,
			boolean approvedOnly) {
		this(parentAgencyName, agencyName, placeName, date, numberSymbol, recipient, circular, period, periodTitle,
				cases, money, narrative, unapprovedUnits, approvedOnly, List.of());
	}

	public ReportDocument {
		Objects.requireNonNull(agencyName, "agencyName");
		// Printed as they are: an absent value prints nothing rather than "null"
		placeName = Objects.requireNonNullElse(placeName, "");
		numberSymbol = Objects.requireNonNullElse(numberSymbol, "");
		recipient = Objects.requireNonNullElse(recipient, "");
		circular = Objects.requireNonNullElse(circular, "");
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(period, "period");
		Objects.requireNonNull(periodTitle, "periodTitle");
		Objects.requireNonNull(cases, "cases");
		Objects.requireNonNull(money, "money");
		narrative = List.copyOf(narrative);
		unapprovedUnits = List.copyOf(unapprovedUnits);
		categories = List.copyOf(categories);
		companions = List.copyOf(companions);
	}

	@Override
	public Text documentTitle() {
		return Text.message("report.document.title");
	}

	@Override
	public DocumentHeading heading() {
		return new DocumentHeading(this.parentAgencyName, this.agencyName, this.numberSymbol, this.placeName,
				this.date);
	}

	/** "BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ", the period, its bounds, the units. */
	@Override
	public DocumentTitle title() {
		return new DocumentTitle(Text.message("report.title"),
				List.of(new DocumentTitle.Line(DocumentTitle.Style.SUBJECT, Text.of(this.periodTitle)),
						new DocumentTitle.Line(DocumentTitle.Style.NOTE,
								Text.message("report.period.bounds", this.period.from(), this.period.to())),
						new DocumentTitle.Line(DocumentTitle.Style.UNITS, Text.message("report.units"))));
	}

	/**
	 * The notice on units not approved, the narrative, the two forms, the categories with
	 * figures, the companion forms with figures.
	 */
	@Override
	public List<DocumentSection> sections() {
		List<DocumentSection> sections = new ArrayList<>();
		if (!fullyApproved()) {
			sections.add(new Notice(Text.message(unapprovedKey(), String.join(", ", this.unapprovedUnits)),
					Text.message(unapprovedDetailKey())));
		}
		sections.add(Paragraphs.of("narrative", this.narrative));
		sections.addAll(tables());
		sections.addAll(this.categories);
		sections.addAll(this.companions);
		return sections;
	}

	/**
	 * The recipients (the superior, the archive); the preparer, and the head under the
	 * place and date.
	 */
	@Override
	public Signatures signatures() {
		return new Signatures(
				List.of(Text.message("report.recipients.item", this.recipient),
						Text.message("report.recipients.archive")),
				List.of(new Signatures.Signer(false, Text.message("report.sign.preparer"),
						Text.message("report.sign.hint")),
						new Signatures.Signer(true, Text.message("report.sign.head"),
								Text.message("report.sign.hintSeal"))));
	}

	/** The two forms in print order. */
	public List<ReportTable> tables() {
		return List.of(this.cases, this.money);
	}

	/** Whether every unit's return is approved; otherwise the report says so. */
	public boolean fullyApproved() {
		return this.unapprovedUnits.isEmpty();
	}

	/**
	 * The message key of the notice on units not approved, which says what their figures
	 * are: counted though not approved, or left out; {@code …Detail} and the footnote's
	 * follow it.
	 */
	public String unapprovedKey() {
		return this.approvedOnly ? "report.notice.excluded" : "report.notice.unapproved";
	}

	public String unapprovedDetailKey() {
		return unapprovedKey() + "Detail";
	}

	public String unapprovedFootnoteKey() {
		return this.approvedOnly ? "report.table.excluded" : "report.table.unapproved";
	}

}
