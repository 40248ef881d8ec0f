package vn.thads.portal.stats;

import java.util.List;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.agency.AgencyScope;
import vn.thads.portal.period.ReportingCalendar;
import vn.thads.portal.period.ReportingPeriod;
import vn.thads.portal.returns.Reception;
import vn.thads.portal.security.PortalUser;

/**
 * The engine as pages and the API reach it: scope checked through {@link AgencyScope}
 * (403 outside the user's subtree), the period and basis read from request text (422 when
 * malformed), then one {@link StatsEngine} call.
 */
@Service
@Transactional(readOnly = true)
public class Statistics {

	private final StatsEngine engine;

	private final AgencyScope scope;

	private final ReportingCalendar calendar;

	Statistics(StatsEngine engine, AgencyScope scope, ReportingCalendar calendar) {
		this.engine = engine;
		this.scope = scope;
		this.calendar = calendar;
	}

	/**
	 * @throws AccessDeniedException outside the user's scope
	 */
	public AgencyStats stats(PortalUser user, String agencyCode, String period, String basis) {
		AgencyRef agency = this.scope.requireView(user, agencyCode);
		return this.engine.stats(agency, this.calendar.parse(period), Basis.parse(basis));
	}

	/** The categories' sums (issue 14), with the same scope as {@link #stats}. */
	public List<CategoryStats> categories(PortalUser user, String agencyCode, String period, String basis) {
		AgencyRef agency = this.scope.requireView(user, agencyCode);
		return this.engine.categories(agency, this.calendar.parse(period), Basis.parse(basis));
	}

	/** The citizen reception's sums (issue 14), with the same scope as {@link #stats}. */
	public Reception reception(PortalUser user, String agencyCode, String period, String basis) {
		AgencyRef agency = this.scope.requireView(user, agencyCode);
		return this.engine.reception(agency, this.calendar.parse(period), Basis.parse(basis));
	}

	/** The companion forms' sums (issue 14), with the same scope as {@link #stats}. */
	public List<CompanionStats> companions(PortalUser user, String agencyCode, String period, String basis) {
		AgencyRef agency = this.scope.requireView(user, agencyCode);
		return this.engine.companions(agency, this.calendar.parse(period), Basis.parse(basis));
	}

	public UnitBreakdown units(PortalUser user, String agencyCode, String period, String basis) {
		AgencyRef agency = this.scope.requireView(user, agencyCode);
		return this.engine.units(agency, this.calendar.parse(period), Basis.parse(basis));
	}

	public MonthlySeries series(PortalUser user, String agencyCode, String period, String basis) {
		AgencyRef agency = this.scope.requireView(user, agencyCode);
		return this.engine.series(agency, this.calendar.parse(period), Basis.parse(basis));
	}

	public Completeness completeness(PortalUser user, String agencyCode, String period) {
		AgencyRef agency = this.scope.requireView(user, agencyCode);
		return this.engine.completeness(agency, this.calendar.parse(period));
	}

	/**
	 * The period a page opens on for this agency: the latest with submitted returns in
	 * its subtree, else the last period that has ended.
	 */
	public ReportingPeriod openingPeriod(PortalUser user, String agencyCode) {
		AgencyRef agency = this.scope.requireView(user, agencyCode);
		Optional<ReportingPeriod> latest = this.engine.latestSubmittedPeriod(agency);
		return latest.orElseGet(this.calendar::lastEnded);
	}

}
