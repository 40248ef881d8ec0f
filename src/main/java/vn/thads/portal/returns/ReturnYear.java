package vn.thads.portal.returns;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.agency.AgencyScope;
import vn.thads.portal.period.ReportingCalendar;
import vn.thads.portal.period.ReportingPeriod;
import vn.thads.portal.security.PortalUser;

/** The "my returns" page: one agency's twelve months, read in one query. */
@Service
@Transactional(readOnly = true)
public class ReturnYear {

	private final AgencyScope scope;

	private final ReturnLookup lookup;

	private final MonthlyReturnRepository returns;

	private final ReportingCalendar calendar;

	ReturnYear(AgencyScope scope, ReturnLookup lookup, MonthlyReturnRepository returns, ReportingCalendar calendar) {
		this.scope = scope;
		this.lookup = lookup;
		this.returns = returns;
		this.calendar = calendar;
	}

	/**
	 * @param statYear the statistical year, or null for the latest one in which the
	 * agency has returns (domain.md §2: pages open where there is data), else the year of
	 * the last ended month
	 */
	public YearOverview overview(PortalUser user, String agencyCode, Integer statYear) {
		AgencyRef agency = this.scope.requireView(user, agencyCode);
		int latest = this.calendar.lastEnded().statYear();
		int year = (statYear != null) ? statYear : defaultYear(agency, latest);
		Map<java.time.LocalDate, MonthlyReturn> byMonth = this.returns
			.findByAgencyIdAndStatYearOrderByPeriod(agency.id(), year)
			.stream()
			.collect(Collectors.toMap(MonthlyReturn::getPeriod, Function.identity()));
		List<MonthRow> months = this.calendar.endOfYear(year).monthsOfYear().stream().map((period) -> {
			MonthlyReturn found = byMonth.get(period.monthStart());
			return (found != null) ? row(agency, period, found) : missing(agency, period);
		}).toList();
		int firstYear = this.calendar.period(java.time.YearMonth.from(agency.validFrom())).statYear();
		return new YearOverview(agency, year, (year > firstYear) ? year - 1 : null,
				(year < this.calendar.currentStatYear()) ? year + 1 : null, months);
	}

	private int defaultYear(AgencyRef agency, int latest) {
		Integer withReturns = this.returns.findLatestStatYear(agency.id());
		return (withReturns != null) ? withReturns : latest;
	}

	private MonthRow row(AgencyRef agency, ReportingPeriod period, MonthlyReturn found) {
		return new MonthRow(period, true, found.getStatus(),
				(found.getStatus() == ReturnStatus.RETURNED) ? found.getReviewComment() : null,
				this.lookup.deadline(agency, period, found.getFirstSubmittedAt()), found.getSubmittedAt(),
				found.getApprovedAt(), found.getApprovedBy());
	}

	private MonthRow missing(AgencyRef agency, ReportingPeriod period) {
		Deadline deadline = this.lookup.deadline(agency, period, null);
		// an agency reports the months it existed in: active on their last day
		if (!agency.isActiveOn(period.to())) {
			deadline = new Deadline(deadline.dueDate(), Timeliness.NOT_EXPECTED);
		}
		return new MonthRow(period, this.lookup.isReportable(agency, period), null, null, deadline, null, null, null);
	}

}
