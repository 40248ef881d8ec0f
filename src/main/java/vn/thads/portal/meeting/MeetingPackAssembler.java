package vn.thads.portal.meeting;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import vn.thads.portal.agency.AgencyDirectory;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.agency.AgencyScope;
import vn.thads.portal.keycases.KeyCaseFilter;
import vn.thads.portal.keycases.KeyCaseOverview;
import vn.thads.portal.keycases.KeyCaseRegister;
import vn.thads.portal.keycases.KeyCaseRow;
import vn.thads.portal.period.ReportingCalendar;
import vn.thads.portal.period.ReportingPeriod;
import vn.thads.portal.planner.PlanRow;
import vn.thads.portal.planner.PlannerPrint;
import vn.thads.portal.planner.SprintPlan;
import vn.thads.portal.planner.SprintPlanner;
import vn.thads.portal.report.document.DocumentHeadings;
import vn.thads.portal.report.document.DocumentSection;
import vn.thads.portal.report.document.DocumentTitle;
import vn.thads.portal.report.document.PageBreak;
import vn.thads.portal.report.document.Signatures;
import vn.thads.portal.report.document.SimpleDocument;
import vn.thads.portal.report.document.Text;
import vn.thads.portal.security.PortalUser;
import vn.thads.portal.shared.FieldProblem;
import vn.thads.portal.shared.InvalidInputException;
import vn.thads.portal.stats.AgencyStats;
import vn.thads.portal.stats.Basis;
import vn.thads.portal.stats.StatsEngine;
import vn.thads.portal.web.Formats;

/**
 * Assembles the meeting pack (domain.md §12) of an agency for a month: the engine's
 * headline with the year's and the progress target, the planner's units at risk with what
 * each needs per month, the register's first open key cases with their last instruction
 * up to this meeting, the instructions of the meeting before with their follow-up, the
 * conclusions of the meeting before with what became of them, and this meeting's. Scope
 * is the statistics' ({@link AgencyScope#requireView}); only ended months have a pack.
 */
@Service
public class MeetingPackAssembler {

	private final AgencyScope scope;

	private final DocumentHeadings headings;

	private final AgencyDirectory directory;

	private final ReportingCalendar calendar;

	private final StatsEngine engine;

	private final SprintPlanner planner;

	private final KeyCaseRegister register;

	private final KeyCaseOverview keyCases;

	private final MeetingConclusions conclusions;

	private final MeetingPackSettings settings;

	private final PlannerPrint plannerPrint;

	private final MessageSource messages;

	private final Formats fmt;

	MeetingPackAssembler(AgencyScope scope, DocumentHeadings headings, AgencyDirectory directory,
			ReportingCalendar calendar, StatsEngine engine, SprintPlanner planner, KeyCaseRegister register,
			KeyCaseOverview keyCases, MeetingConclusions conclusions, MeetingPackSettings settings,
			PlannerPrint plannerPrint, MessageSource messages, Formats fmt) {
		this.scope = scope;
		this.headings = headings;
		this.directory = directory;
		this.calendar = calendar;
		this.engine = engine;
		this.planner = planner;
		this.register = register;
		this.keyCases = keyCases;
		this.conclusions = conclusions;
		this.settings = settings;
		this.plannerPrint = plannerPrint;
		this.messages = messages;
		this.fmt = fmt;
	}

	/**
	 * The agency the user may see, and the month asked for.
	 * @throws AccessDeniedException outside the user's scope
	 * @throws InvalidInputException for a malformed month or one not yet ended
	 */
	public ReportingPeriod period(String periodCode) {
		ReportingPeriod period = this.calendar.parse((periodCode != null) ? periodCode.strip() : "");
		if (!period.hasEnded(this.calendar.today())) {
			throw new InvalidInputException(FieldProblem.of("period", "dashboard.period.notEnded", periodCode));
		}
		return period;
	}

	/** The last month that has ended: the default pack. */
	public ReportingPeriod lastEnded() {
		return this.calendar.lastEnded();
	}

	public AgencyRef agency(PortalUser user, String agencyCode) {
		return this.scope.requireView(user, agencyCode);
	}

	public MeetingPack pack(PortalUser user, String agencyCode, String periodCode, Locale locale) {
		AgencyRef agency = agency(user, agencyCode);
		ReportingPeriod period = period(periodCode);
		return new MeetingPack(agency.asOn(period.to()), period, document(user, agency, period, locale),
				this.conclusions.canEnter(user, agency));
	}

	private SimpleDocument document(PortalUser user, AgencyRef agency, ReportingPeriod period, Locale locale) {
		AgencyRef named = agency.asOn(period.to());
		YearMonth meeting = period.month();
		YearMonth before = meeting.minusMonths(1);
		AgencyStats stats = this.engine.stats(agency, period, Basis.SUBMITTED);
		SprintPlan plan = this.planner.plan(agency, period, Basis.SUBMITTED);
		List<KeyCaseRow> open = this.register.register(user, agency.code(), KeyCaseFilter.OPEN);
		List<KeyCaseRow> top = open.subList(0, Math.min(open.size(), this.settings.keyCases()));
		PackSections sections = new PackSections(period, named, this.messages, locale, this.fmt);
		List<DocumentSection> body = new ArrayList<>();
		body.add(sections.headlineTable(stats, plan));
		body.add(sections.headline(stats, plan));
		body.add(this.plannerPrint.table(plan, PlanRow::atRisk, "units-behind",
				Text.message("meeting.section.unitsBehind", plan.unitsAtRisk(), plan.units().size())));
		body.add(new PageBreak());
		body.add(sections.keyCases(top, open.size(), meeting));
		body.add(sections.instructions(this.keyCases.instructionsAt(agency.id(), before), before,
				(code) -> this.directory.getByCode(code).asOn(period.to()).shortName()));
		body.add(new PageBreak());
		body.add(sections.decisionsBefore(this.conclusions.of(agency, before)));
		body.add(sections.decisionsNow(this.conclusions.of(agency, meeting)));
		String monthLabel = PackSections.label(meeting);
		return new SimpleDocument(Text.message("meeting.document.title", named.shortName(), monthLabel),
				this.headings.of(agency, period.to(), "BC", this.calendar.today(), locale),
				new DocumentTitle(Text.message("meeting.print.title"),
						List.of(new DocumentTitle.Line(DocumentTitle.Style.SUBJECT,
								Text.message("meeting.print.subject", monthLabel)),
								new DocumentTitle.Line(DocumentTitle.Style.NOTE,
										Text.message("meeting.print.period", String.valueOf(period.months()),
												String.valueOf(period.statYear()), period.from(), period.to())))),
				body,
				new Signatures(
						List.of(Text.message("meeting.recipients.leaders"), Text.message("meeting.recipients.units"),
								Text.message("report.recipients.archive")),
						List.of(new Signatures.Signer(false, Text.message("meeting.sign.preparer"),
								Text.message("report.sign.hint")),
								new Signatures.Signer(true, Text.message("report.sign.head"),
										Text.message("report.sign.hintSeal")))));
	}

}
