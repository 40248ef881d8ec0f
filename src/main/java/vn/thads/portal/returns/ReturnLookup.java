package vn.thads.portal.returns;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import vn.thads.portal.agency.AgencyDirectory;
import vn.thads.portal.agency.AgencyLineage;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.period.ReportingCalendar;
import vn.thads.portal.period.ReportingPeriod;
import vn.thads.portal.shared.FieldProblem;
import vn.thads.portal.shared.InvalidInputException;
import vn.thads.portal.shared.NotFoundException;
import vn.thads.portal.web.Formats;

/**
 * Finds returns and what they are compared with; shared by the services of this module.
 * Scope is checked by the callers, before they ask.
 */
@Component
class ReturnLookup {

	private static final Set<ReturnStatus> COUNTED = EnumSet.of(ReturnStatus.SUBMITTED, ReturnStatus.APPROVED);

	private final MonthlyReturnRepository returns;

	private final AgencyDirectory directory;

	private final ReportingCalendar calendar;

	private final Formats fmt;

	private final ReturnCategories categories;

	ReturnLookup(MonthlyReturnRepository returns, AgencyDirectory directory, ReportingCalendar calendar, Formats fmt,
			ReturnCategories categories) {
		this.returns = returns;
		this.categories = categories;
		this.directory = directory;
		this.calendar = calendar;
		this.fmt = fmt;
	}

	ReportingPeriod period(String code) {
		return this.calendar.parse(code);
	}

	/**
	 * A period the agency can report (domain.md §1a): a month that has ended and in which
	 * the agency existed, that is was active on its last day (as the statistics count
	 * it); 422 on field {@code period} with the reason otherwise.
	 */
	ReportingPeriod reportable(AgencyRef agency, String code) {
		ReportingPeriod period = period(code);
		FieldProblem refused = refusal(agency, period);
		if (refused != null) {
			throw new InvalidInputException(refused);
		}
		return period;
	}

	boolean isReportable(AgencyRef agency, ReportingPeriod period) {
		return refusal(agency, period) == null;
	}

	/**
	 * Why no return of the agency can exist for the period, in words for field
	 * {@code period}; null when it can.
	 */
	FieldProblem refusal(AgencyRef agency, ReportingPeriod period) {
		String month = period.month().getMonthValue() + "/" + period.month().getYear();
		if (!period.hasEnded(this.calendar.today())) {
			return FieldProblem.of("period", "return.period.notEnded", month);
		}
		if (agency.validFrom().isAfter(period.to())) {
			return FieldProblem.of("period", "return.period.notYetExisting", month, agency.code(),
					this.fmt.date(agency.validFrom()));
		}
		if (!agency.isActiveOn(period.to())) {
			return FieldProblem.of("period", "return.period.closed", month, agency.code(),
					this.fmt.date(agency.validTo()));
		}
		return null;
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
	 * agency's own latest earlier month of its statistical year, the month before, month
	 * 12 of the previous year (its own, or its primary predecessors'), and the base it
	 * inherits when the year began before it existed.
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
		// the tree is read only when a predecessor matters
		AgencyLineage[] read = new AgencyLineage[1];
		Supplier<AgencyLineage> lineage = () -> (read[0] != null) ? read[0] : (read[0] = this.directory.lineage());
		return new RuleContext(previousMonth, earlier.map(MonthlyReturn::getFigures).orElse(null),
				lastYearEnd(lineage, agency, period.endOfPreviousYear()), inherited(lineage, agency, period),
				this.categories.validIn(period.monthStart()));
	}

	/**
	 * Month 12 of the previous year: the agency's own return, or, when it did not exist
	 * then, the own returns of the agencies counted for it that day (its primary
	 * predecessors, recursively: domain.md §1a). A predecessor split between several
	 * successors opens the year of its primary successor only.
	 */
	private ReturnFigures lastYearEnd(Supplier<AgencyLineage> lineage, AgencyRef agency, ReportingPeriod end) {
		Optional<MonthlyReturn> own = this.returns.findByAgencyIdAndPeriod(agency.id(), end.monthStart());
		if (own.isPresent()) {
			return own.get().getFigures();
		}
		if (!agency.validFrom().isAfter(end.to())) {
			return null;
		}
		List<Long> counted = lineage.get()
			.countedOn(agency, end.to())
			.stream()
			.filter((a) -> a.id() != agency.id())
			.map(AgencyRef::id)
			.toList();
		if (counted.isEmpty()) {
			return null;
		}
		return this.returns.findByAgencyIdInAndPeriod(counted, end.monthStart())
			.stream()
			.map(MonthlyReturn::getFigures)
			.reduce(ReturnFigures::plus)
			.orElse(null);
	}

	/**
	 * The base a successor's returns go on from when the statistical year began before it
	 * existed (domain.md §1a): the sum of its primary predecessors' last own returns of
	 * that year before the successor's first day. "Last own return" is the latest counted
	 * one (submitted or approved), the figures the statistics show for the predecessor;
	 * only when it has none counted, its latest return of any status (a draft's figures
	 * are a better start than zeros, and the officer may correct them). A predecessor
	 * with no return of that year which itself began during the year hands on its own
	 * predecessors' base. Null when nothing is inherited.
	 */
	private InheritedBase inherited(Supplier<AgencyLineage> read, AgencyRef agency, ReportingPeriod period) {
		if (!agency.validFrom().isAfter(period.from())) {
			return null;
		}
		AgencyLineage lineage = read.get();
		List<String> from = new ArrayList<>();
		ReturnFigures sum = ReturnFigures.ZERO;
		for (MonthlyReturn taken : lastOwnReturns(lineage, agency, period.statYear(), new HashSet<>())) {
			from.add(lineage.byId(taken.getAgencyId()).map(AgencyRef::code).orElseThrow());
			sum = sum.plus(taken.getFigures());
		}
		return from.isEmpty() ? null : new InheritedBase(from.stream().sorted().toList(), sum);
	}

	private List<MonthlyReturn> lastOwnReturns(AgencyLineage lineage, AgencyRef successor, int statYear,
			Set<Long> seen) {
		List<MonthlyReturn> taken = new ArrayList<>();
		LocalDate before = successor.validFrom();
		for (AgencyRef predecessor : lineage.primaryPredecessors(successor)) {
			if (!seen.add(predecessor.id())) {
				continue;
			}
			Optional<MonthlyReturn> last = this.returns
				.findFirstByAgencyIdAndStatYearAndPeriodLessThanAndStatusInOrderByPeriodDesc(predecessor.id(), statYear,
						before, COUNTED)
				.or(() -> this.returns.findFirstByAgencyIdAndStatYearAndPeriodLessThanAndStatusInOrderByPeriodDesc(
						predecessor.id(), statYear, before, EnumSet.allOf(ReturnStatus.class)));
			if (last.isPresent()) {
				taken.add(last.get());
			}
			else if (this.calendar.period(YearMonth.from(predecessor.validFrom())).statYear() == statYear) {
				taken.addAll(lastOwnReturns(lineage, predecessor, statYear, seen));
			}
		}
		return taken;
	}

}
