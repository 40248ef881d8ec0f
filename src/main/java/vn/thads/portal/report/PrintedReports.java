package vn.thads.portal.report;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.agency.AgencyScope;
import vn.thads.portal.period.ReportingCalendar;
import vn.thads.portal.period.ReportingPeriod;
import vn.thads.portal.report.document.PdfRenderer;
import vn.thads.portal.security.PortalUser;
import vn.thads.portal.shared.FieldProblem;
import vn.thads.portal.shared.InvalidInputException;
import vn.thads.portal.stats.Basis;
import vn.thads.portal.stats.StatsEngine;
import vn.thads.portal.web.Formats;

/**
 * Printed reports as pages reach them: the request read from the user's text and checked
 * (scope through {@link AgencyScope}, 403 outside the user's subtree; a period that has
 * ended; a kind of report that fits it; a report date after it), then assembled and
 * rendered. Assembly reads the database in a read-only transaction of its own
 * ({@link ReportAssembler}); rendering a PDF takes longer and holds no database
 * connection, which is why this class is not transactional as a whole.
 */
@Service
public class PrintedReports {

	private final AgencyScope scope;

	private final ReportingCalendar calendar;

	private final StatsEngine engine;

	private final ReportAssembler assembler;

	private final Formats fmt;

	private final PdfRenderer pdf;

	private final XlsxWriter xlsx;

	PrintedReports(AgencyScope scope, ReportingCalendar calendar, StatsEngine engine, ReportAssembler assembler,
			Formats fmt, PdfRenderer pdf, XlsxWriter xlsx) {
		this.scope = scope;
		this.calendar = calendar;
		this.engine = engine;
		this.assembler = assembler;
		this.fmt = fmt;
		this.pdf = pdf;
		this.xlsx = xlsx;
	}

	/**
	 * The report named by a link: {@code /reports/KG/2022-09?kind=quarter}.
	 * @throws AccessDeniedException outside the user's scope
	 * @throws InvalidInputException for a malformed or unfinished period, a kind that
	 * does not fit it, an unknown basis or a bad date
	 */
	@Transactional(readOnly = true)
	public ReportRequest request(PortalUser user, String agencyCode, String period, ReportOptions options) {
		AgencyRef agency = this.scope.requireView(user, agencyCode);
		ReportingPeriod parsed = this.calendar.parse(period);
		return check(agency, parsed, ReportKind.parse(options.kind(), parsed), options);
	}

	/**
	 * The report chosen on the selection page: a statistical year and one of its
	 * {@link PeriodChoice}s.
	 */
	@Transactional(readOnly = true)
	public ReportRequest request(PortalUser user, String agencyCode, int statYear, String choice,
			ReportOptions options) {
		AgencyRef agency = this.scope.requireView(user, agencyCode);
		PeriodChoice chosen = PeriodChoice.find(choice, statYear, this.calendar.firstMonth())
			.orElseThrow(() -> new InvalidInputException(FieldProblem.of("choice", "report.choice.invalid", choice)));
		return check(agency, chosen.period(), chosen.kind(), options);
	}

	public ReportDocument document(ReportRequest request, Locale locale) {
		return this.assembler.assemble(request, locale);
	}

	public byte[] pdf(ReportRequest request, Locale locale) {
		return this.pdf.render(document(request, locale), locale);
	}

	public byte[] xlsx(ReportRequest request, Locale locale) {
		return this.xlsx.write(document(request, locale), locale);
	}

	/**
	 * What the selection page offers the user: the agencies in scope, with their own
	 * first, and where it opens for one of them.
	 */
	@Transactional(readOnly = true)
	public ReportSelection selection(PortalUser user, String agencyCode) {
		AgencyRef agency = (agencyCode != null && !agencyCode.isBlank()) ? this.scope.requireView(user, agencyCode)
				: this.scope.home(user);
		List<AgencyRef> agencies = this.scope.visible(user);
		return new ReportSelection(agencies, agency, opening(agency), this.calendar.currentStatYear(),
				this.calendar.today(), this.calendar.firstMonth());
	}

	/**
	 * The latest quarter with data (domain.md §2: pages open on the latest period with
	 * submitted returns, not on the calendar): the last quarter ending at or before the
	 * latest submitted month; without any, the last quarter that has ended.
	 */
	private PeriodChoice opening(AgencyRef agency) {
		ReportingPeriod latest = this.engine.latestSubmittedPeriod(agency).orElseGet(this.calendar::lastEnded);
		return PeriodChoice.latestQuarter(latest);
	}

	private ReportRequest check(AgencyRef agency, ReportingPeriod period, ReportKind kind, ReportOptions options) {
		Basis basis = Basis.parse(options.basis());
		LocalDate today = this.calendar.today();
		if (!period.hasEnded(today)) {
			throw new InvalidInputException(FieldProblem.of("period", "report.period.notEnded",
					this.fmt.date(period.from()), this.fmt.date(period.to()), this.fmt.date(today)));
		}
		if (!agency.isActiveDuring(period.from(), period.to())) {
			throw new InvalidInputException(FieldProblem.of("period", "report.agency.inactive", agency.name(),
					this.fmt.date(period.from()), this.fmt.date(period.to())));
		}
		boolean chosen = options.date() != null && !options.date().isBlank();
		LocalDate date = chosen ? date(options.date(), period) : today;
		return new ReportRequest(agency, period, kind, basis, date, chosen);
	}

	private LocalDate date(String text, ReportingPeriod period) {
		LocalDate date;
		try {
			date = LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException(FieldProblem.of("date", "report.date.invalid", text));
		}
		if (!date.isAfter(period.to())) {
			throw new InvalidInputException(
					FieldProblem.of("date", "report.date.beforeEnd", this.fmt.date(date), this.fmt.date(period.to())));
		}
		return date;
	}

}
