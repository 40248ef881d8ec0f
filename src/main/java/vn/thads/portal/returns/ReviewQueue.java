package vn.thads.portal.returns;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.agency.AgencyScope;
import vn.thads.portal.period.ReportingCalendar;
import vn.thads.portal.security.PortalUser;
import vn.thads.portal.security.Role;
import vn.thads.portal.shared.DataVersion;
import vn.thads.portal.shared.KeptPerVersion;

/**
 * A leader's queue: the submitted returns of their agency and everything below it, oldest
 * submission first. One query for the agencies, one for the returns.
 */
@Service
@Transactional(readOnly = true)
public class ReviewQueue {

	private final AgencyScope scope;

	private final ReturnLookup lookup;

	private final MonthlyReturnRepository returns;

	private final ReportingCalendar calendar;

	private final DataVersion dataVersion;

	/**
	 * The badge's counts, per data version and leader's agency: a status or the tree
	 * changes only in a commit that moves the version.
	 */
	private final KeptPerVersion<Long, Long> counts = new KeptPerVersion<>(10_000, (count) -> 1);

	ReviewQueue(AgencyScope scope, ReturnLookup lookup, MonthlyReturnRepository returns, ReportingCalendar calendar,
			DataVersion dataVersion) {
		this.scope = scope;
		this.lookup = lookup;
		this.returns = returns;
		this.calendar = calendar;
		this.dataVersion = dataVersion;
	}

	/**
	 * @throws AccessDeniedException (403) unless the user is a leader
	 */
	public List<QueueItem> waiting(PortalUser user) {
		Map<Long, AgencyRef> reviewable = reviewable(user);
		return this.returns
			.findByStatusAndAgencyIdInOrderBySubmittedAtAscIdAsc(ReturnStatus.SUBMITTED, reviewable.keySet())
			.stream()
			.map((r) -> item(reviewable.get(r.getAgencyId()), r))
			.toList();
	}

	/**
	 * How many returns wait for the user: the badge in the menu; 0 for non-leaders. Kept
	 * per data version; a kept count needs no transaction (the tree and the count, when
	 * read, are read in transactions of their own, after the version).
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public long count(PortalUser user) {
		if (!user.hasRole(Role.LEADER)) {
			return 0;
		}
		OptionalLong version = this.dataVersion.latest();
		if (version.isEmpty()) {
			return countNow(user);
		}
		// a leader's reviewable agencies follow from their agency alone (ScopeRules)
		return this.counts.get(version.getAsLong(), this.calendar.today(), user.getAgencyId(), () -> countNow(user));
	}

	private long countNow(PortalUser user) {
		return this.returns.countByStatusAndAgencyIdIn(ReturnStatus.SUBMITTED, reviewable(user).keySet());
	}

	private Map<Long, AgencyRef> reviewable(PortalUser user) {
		if (!user.hasRole(Role.LEADER)) {
			throw new AccessDeniedException("Only leaders review returns");
		}
		return this.scope.reviewable(user).stream().collect(Collectors.toMap(AgencyRef::id, Function.identity()));
	}

	private QueueItem item(AgencyRef agency, MonthlyReturn found) {
		var period = this.calendar.period(YearMonth.from(found.getPeriod()));
		return new QueueItem(found.getId(), found.getVersion(), agency, period, found.getSubmittedAt(),
				found.getSubmittedBy(), this.lookup.deadline(agency, period, found.getFirstSubmittedAt()),
				found.getExplanation(), found.getCases().derive(), found.getMoney().derive());
	}

}
