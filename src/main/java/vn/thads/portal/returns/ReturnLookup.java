package vn.thads.portal.returns;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import vn.thads.portal.agency.AgencyDirectory;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.period.ReportingCalendar;
import vn.thads.portal.period.ReportingPeriod;
import vn.thads.portal.shared.FieldProblem;
import vn.thads.portal.shared.InvalidInputException;
import vn.thads.portal.shared.NotFoundException;

/**
 * Finds returns and what they are compared with; shared by the services of this module.
 * Scope is checked by the callers, before they ask.
 */
@Component
class ReturnLookup {

	private final MonthlyReturnRepository returns;

	private final AgencyDirectory directory;

	private final ReportingCalendar calendar;

	ReturnLookup(MonthlyReturnRepository returns, AgencyDirectory directory, ReportingCalendar calendar) {
		this.returns = returns;
		this.directory = directory;
		this.calendar = calendar;
	}

	ReportingPeriod period(String code) {
		return this.calendar.parse(code);
	}

	/**
	 * A period the agency can report: ended (domain.md §2) and within the agency's
	 * validity; 422 on field {@code period} otherwise.
	 */
	ReportingPeriod reportable(AgencyRef agency, String code) {
		ReportingPeriod period = period(code);
		if (!period.hasEnded(this.calendar.today())) {
			throw new InvalidInputException(FieldProblem.of("period", "return.period.notEnded", period.code()));
		}
		if (!isActive(agency, period)) {
			throw new InvalidInputException(
					FieldProblem.of("period", "return.period.agencyInactive", period.code(), agency.code()));
		}
		return period;
	}

	boolean isReportable(AgencyRef agency, ReportingPeriod period) {
		return period.hasEnded(this.calendar.today()) && isActive(agency, period);
	}

	private static boolean isActive(AgencyRef agency, ReportingPeriod period) {
		return agency.isActiveDuring(period.monthStart(), period.to());
	}

	/**
	 * The due day of a return and whether it is met: on time when first submitted before
	 * the end of the due day; late when first submitted after it, or still not submitted
	 * once it has passed (domain.md §2).
	 */
	Deadline deadline(AgencyRef agency, ReportingPeriod period, Instant firstSubmittedAt) {
		String level = agency.level().name();
		LocalDate dueDate = period.dueDate(this.calendar.dueWorkingDays(level));
		Instant dueEnd = this.calendar.dueEnd(period, level).toInstant();
		Timeliness timeliness;
		if (firstSubmittedAt != null) {
			timeliness = firstSubmittedAt.isBefore(dueEnd) ? Timeliness.ON_TIME : Timeliness.LATE;
		}
		else if (!period.hasEnded(this.calendar.today())) {
			timeliness = Timeliness.NOT_ENDED;
		}
		else {
			timeliness = this.calendar.now().toInstant().isBefore(dueEnd) ? Timeliness.NOT_DUE : Timeliness.OVERDUE;
		}
		return new Deadline(dueDate, timeliness);
	}

	Instant now() {
		// microseconds: what PostgreSQL keeps, so a saved time reads back equal
		return this.calendar.now().toInstant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
	}

	Optional<MonthlyReturn> find(AgencyRef agency, ReportingPeriod period) {
		return this.returns.findByAgencyIdAndPeriod(agency.id(), period.monthStart());
	}

	/**
	 * @throws NotFoundException (404) when the agency has no return for the period
	 */
	MonthlyReturn get(AgencyRef agency, ReportingPeriod period) {
		return find(agency, period)
			.orElseThrow(() -> new NotFoundException("No return of " + agency.code() + " for " + period.code()));
	}

	/**
	 * The returns a new or changed return is compared with (domain.md §3, rules 4–7): the
	 * latest earlier month of its statistical year, the month before, and month 12 of the
	 * previous year — the agency's own, or else the sum of its predecessors'.
	 */
	RuleContext context(AgencyRef agency, ReportingPeriod period) {
		ReportingPeriod first = period.monthsSoFar().get(0);
		Optional<MonthlyReturn> earlier = this.returns
			.findFirstByAgencyIdAndPeriodGreaterThanEqualAndPeriodLessThanOrderByPeriodDesc(agency.id(),
					first.monthStart(), period.monthStart());
		// the latest earlier month is the month before whenever that one exists
		ReportingPeriod before = period.previousInYear();
		ReturnFigures previousMonth = earlier.filter((r) -> before != null && r.getPeriod().equals(before.monthStart()))
			.map(MonthlyReturn::getFigures)
			.orElse(null);
		return new RuleContext(previousMonth, earlier.map(MonthlyReturn::getFigures).orElse(null),
				lastYearEnd(agency, period.endOfPreviousYear()));
	}

	private ReturnFigures lastYearEnd(AgencyRef agency, ReportingPeriod end) {
		Optional<MonthlyReturn> own = this.returns.findByAgencyIdAndPeriod(agency.id(), end.monthStart());
		if (own.isPresent()) {
			return own.get().getFigures();
		}
		List<Long> predecessors = this.directory.predecessors(agency).stream().map(AgencyRef::id).toList();
		if (predecessors.isEmpty()) {
			return null;
		}
		return this.returns.findByAgencyIdInAndPeriod(predecessors, end.monthStart())
			.stream()
			.map(MonthlyReturn::getFigures)
			.reduce(ReturnFigures::plus)
			.orElse(null);
	}

}
