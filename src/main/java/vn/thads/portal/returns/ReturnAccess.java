package vn.thads.portal.returns;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.thads.portal.agency.AgencyLevel;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.agency.AgencyScope;
import vn.thads.portal.period.ReportingCalendar;
import vn.thads.portal.period.ReportingPeriod;
import vn.thads.portal.security.PortalUser;
import vn.thads.portal.security.Role;
import vn.thads.portal.shared.ConflictException;
import vn.thads.portal.shared.FieldProblem;
import vn.thads.portal.web.Formats;

/**
 * The one place that says who may do what with a return now, for the pages (through
 * {@link ReturnPermissions}) and the services behind the API alike: role and scope (from
 * {@link AgencyScope}), status, and the closed agencies' last returns (domain.md §1a).
 * <p>
 * A closed agency's returns are entered by officers of its primary successor and reviewed
 * by the successor province's leaders until the last deadline of the agency's last month
 * (the latest due day over the levels, the province's) has passed. From then on they are
 * read-only: leaders may still approve or return what is waiting, but not reopen. An
 * administrator may reopen any of them with a reason; a return reopened after that
 * deadline — which only an administrator can do — is editable by the successor's officers
 * until it is submitted again.
 */
@Component
class ReturnAccess {

	private final AgencyScope scope;

	private final ReturnLookup lookup;

	private final ReportingCalendar calendar;

	private final ReturnEventRepository events;

	private final Formats fmt;

	ReturnAccess(AgencyScope scope, ReturnLookup lookup, ReportingCalendar calendar, ReturnEventRepository events,
			Formats fmt) {
		this.scope = scope;
		this.lookup = lookup;
		this.calendar = calendar;
		this.events = events;
		this.fmt = fmt;
	}

	/** What the user may do with the return ({@code found} null: not created yet). */
	ReturnPermissions permissions(PortalUser user, AgencyRef agency, ReportingPeriod period, MonthlyReturn found) {
		ReturnStatus status = (found != null) ? found.getStatus() : null;
		boolean locked = isLocked(agency, found);
		boolean edit = (status == null || status.isEditable()) && !locked && this.scope.canEditReturns(user, agency)
				&& this.lookup.isReportable(agency, period);
		boolean review = status != null && this.scope.canReview(user, agency);
		boolean reopen = (review && status == ReturnStatus.APPROVED && !isPastDeadline(agency))
				|| (status != null && adminMayReopen(user, agency, status, locked));
		return new ReturnPermissions(edit, review && status == ReturnStatus.SUBMITTED,
				review && status == ReturnStatus.SUBMITTED, reopen);
	}

	/**
	 * @throws ConflictException (409) when the return, or a new return, of a closed
	 * agency is read-only
	 */
	void requireOpen(AgencyRef agency, MonthlyReturn found) {
		if (isLocked(agency, found)) {
			throw new ConflictException("return.closed.readOnly", agency.code(), lastMonthText(agency),
					deadlineText(agency));
		}
	}

	/**
	 * Who may reopen a return: a leader of the agency or above, or an administrator when
	 * the agency is closed.
	 * @throws AccessDeniedException (403) for anyone else
	 */
	void requireReopener(PortalUser user, AgencyRef agency) {
		if (!(user.hasRole(Role.ADMIN) && agency.validTo() != null) && !this.scope.canReview(user, agency)) {
			throw new AccessDeniedException("Only leaders above the agency reopen its returns");
		}
	}

	/**
	 * Whether the return can be reopened now: by a leader when approved, and for a closed
	 * agency only until its deadline; by an administrator, any return of a closed agency
	 * that its successor's officers cannot edit now.
	 * @throws ConflictException (409) otherwise
	 */
	void requireReopenable(PortalUser user, AgencyRef agency, MonthlyReturn found) {
		if (user.hasRole(Role.ADMIN) && agency.validTo() != null) {
			if (!adminMayReopen(user, agency, found.getStatus(), isLocked(agency, found))) {
				throw new ConflictException("return.wrongStatus", ReturnEntry.statusLabel(found.getStatus()));
			}
			return;
		}
		if (isPastDeadline(agency)) {
			throw new ConflictException("return.closed.adminOnly", agency.code(), lastMonthText(agency));
		}
		if (found.getStatus() != ReturnStatus.APPROVED) {
			throw new ConflictException("return.wrongStatus", ReturnEntry.statusLabel(found.getStatus()));
		}
	}

	/**
	 * Why the return is read-only for everyone though its status would allow editing: the
	 * closed agency's deadline has passed. Null otherwise.
	 */
	FieldProblem lockNotice(AgencyRef agency, MonthlyReturn found) {
		if (!isLocked(agency, found)) {
			return null;
		}
		return FieldProblem.of("period", "return.closed.readOnly", agency.code(), lastMonthText(agency),
				deadlineText(agency));
	}

	private boolean adminMayReopen(PortalUser user, AgencyRef agency, ReturnStatus status, boolean locked) {
		return user.hasRole(Role.ADMIN) && agency.validTo() != null
				&& (locked || status == ReturnStatus.SUBMITTED || status == ReturnStatus.APPROVED);
	}

	/**
	 * Whether the closed agency's returns are read-only now: its deadline has passed and
	 * this return was not reopened since (which after the deadline only an administrator
	 * can do) and is still waiting for its officer.
	 */
	boolean isLocked(AgencyRef agency, MonthlyReturn found) {
		Optional<Instant> from = lockedFrom(agency);
		if (from.isEmpty() || this.lookup.now().isBefore(from.get())) {
			return false;
		}
		return !(found != null && found.getStatus().isEditable() && reopenedSince(found, from.get()));
	}

	private boolean isPastDeadline(AgencyRef agency) {
		return lockedFrom(agency).filter((from) -> !this.lookup.now().isBefore(from)).isPresent();
	}

	private boolean reopenedSince(MonthlyReturn found, Instant from) {
		return this.events
			.findFirstByReturnIdAndActionInOrderByVersionDescIdDesc(found.getId(),
					EnumSet.of(ReturnAction.RETURNED, ReturnAction.REOPENED))
			.filter((e) -> e.getAction() == ReturnAction.REOPENED && !e.getAt().isBefore(from))
			.isPresent();
	}

	/**
	 * When a closed agency's returns become read-only: the end of the last due day of its
	 * last month over every level. Empty for an agency that is not closing.
	 */
	Optional<Instant> lockedFrom(AgencyRef agency) {
		return lastMonth(agency).map((last) -> lockedFrom(this.calendar, last));
	}

	/** The latest due end of a month over every level (the province's, by default). */
	static Instant lockedFrom(ReportingCalendar calendar, ReportingPeriod month) {
		return Arrays.stream(AgencyLevel.values())
			.map((level) -> calendar.dueEnd(month, level.name()).toInstant())
			.max(Comparator.naturalOrder())
			.orElseThrow();
	}

	/** The last month the agency existed in (active on its last day), if it closes. */
	private Optional<ReportingPeriod> lastMonth(AgencyRef agency) {
		LocalDate validTo = agency.validTo();
		if (validTo == null) {
			return Optional.empty();
		}
		return Optional.of(this.calendar.period(YearMonth.from(validTo.plusDays(1)).minusMonths(1)));
	}

	/** The last due day, {@code 04/07/2025}: read-only from the next day on. */
	private String deadlineText(AgencyRef agency) {
		Instant from = lockedFrom(agency).orElseThrow();
		return this.fmt.date(from.minusSeconds(1).atZone(this.calendar.zone()).toLocalDate());
	}

	private String lastMonthText(AgencyRef agency) {
		YearMonth month = lastMonth(agency).orElseThrow().month();
		return month.getMonthValue() + "/" + month.getYear();
	}

}
