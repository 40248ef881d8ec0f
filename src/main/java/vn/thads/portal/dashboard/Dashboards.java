package vn.thads.portal.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import vn.thads.portal.agency.AgencyDirectory;
import vn.thads.portal.agency.AgencyLineage;
import vn.thads.portal.agency.AgencyLevel;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.agency.AgencyScope;
import vn.thads.portal.agency.Reorganisation;
import vn.thads.portal.period.ReportingCalendar;
import vn.thads.portal.period.ReportingPeriod;
import vn.thads.portal.returns.Form;
import vn.thads.portal.security.PortalUser;
import vn.thads.portal.security.Role;
import vn.thads.portal.shared.FieldProblem;
import vn.thads.portal.shared.InvalidInputException;
import vn.thads.portal.returns.CompanionSettings;
import vn.thads.portal.stats.AgencyStats;
import vn.thads.portal.stats.Basis;
import vn.thads.portal.stats.Completeness;
import vn.thads.portal.stats.ReportedPeriods;
import vn.thads.portal.stats.StatsEngine;
import vn.thads.portal.stats.Trend;
import vn.thads.portal.stats.UnitBreakdown;
import vn.thads.portal.stats.UnitState;

/**
 * Builds dashboards: scope first ({@link AgencyScope}, 403 outside the user's subtree),
 * then the period (the latest one the subtree reported unless one is asked for; one that
 * has not ended is refused), then a fixed handful of engine calls, each one grouped query
 * whatever the number of units: the period range, the units breakdown, completeness and
 * the trend. The trend, which sums 21 months of the subtree, runs beside the others on a
 * connection of its own, so that a page waits for the longer of the two, not their sum
 * (docs/benchmarks.md); each engine call is a consistent read-only snapshot of its own.
 * There is deliberately no transaction around a whole page: a request that held a
 * connection while it waits for its trend could, with as many pages at once as the pool
 * has connections, leave every trend waiting for a connection nobody gives back.
 */
@Service
public class Dashboards {

	private final AgencyScope scope;

	private final AgencyDirectory directory;

	private final StatsEngine engine;

	private final ReportingCalendar calendar;

	private final DashboardCharts charts;

	private final AsyncTaskExecutor executor;

	private final CompanionSettings companionSettings;

	Dashboards(AgencyScope scope, AgencyDirectory directory, StatsEngine engine, ReportingCalendar calendar,
			DashboardCharts charts, @Qualifier("applicationTaskExecutor") AsyncTaskExecutor executor,
			CompanionSettings companionSettings) {
		this.companionSettings = companionSettings;
		this.scope = scope;
		this.directory = directory;
		this.engine = engine;
		this.calendar = calendar;
		this.charts = charts;
		this.executor = executor;
	}

	/**
	 * The agency a user's dashboard opens on: their own, the whole tree for an
	 * administrator.
	 */
	public String home(PortalUser user) {
		return user.hasRole(Role.ADMIN) ? this.scope.top(user).code() : user.getAgencyCode();
	}

	/**
	 * @param periodCode {@code YYYY-MM}, or null for the latest reported period
	 * @param basisCode {@code approved}, or null for submitted and approved returns
	 * @throws AccessDeniedException outside the user's scope
	 * @throws InvalidInputException for a malformed period or basis, or a period that has
	 * not ended
	 */
	public DashboardView view(PortalUser user, String agencyCode, String periodCode, String basisCode) {
		AgencyRef agency = this.scope.requireView(user, agencyCode);
		Basis basis = Basis.parse(basisCode);
		ReportedPeriods reported = this.engine.reportedPeriods(agency).orElse(null);
		ReportingPeriod period = period(periodCode, reported);
		Future<Trend> trendLater = this.executor.submit(() -> this.engine.trend(agency, period, basis));
		Completeness completeness = this.engine.completeness(agency, period);
		AgencyStats total;
		UnitsTable units = null;
		if (agency.level() == AgencyLevel.LOCAL) {
			total = this.engine.stats(agency, period, basis);
		}
		else {
			UnitBreakdown breakdown = this.engine.units(agency, period, basis);
			total = breakdown.total();
			units = UnitsTables.of(breakdown, completeness);
		}
		Trend trend = result(trendLater);
		Headline cases = Headline.of(Form.CASES, total);
		Headline money = Headline.of(Form.MONEY, total);
		boolean counted = (basis == Basis.APPROVED) ? total.units().approved() > 0 : total.units().submitted() > 0;
		LocalDate today = this.calendar.today();
		AgencyRef named = agency.asOn(period.to());
		return new DashboardView(named, trail(user, agency, period),
				PeriodChoice.of(period, reported, this.calendar.lastEnded(), today), basis, cases, money, units,
				CompletenessView.of(completeness, followed(agency, units)), own(completeness, agency), counted, trend,
				this.charts.json(trend, units, cases, money), lineage(user, agency, period),
				// the units listed are today's for an agency active today (domain.md §1a)
				"dashboard.units.title." + agency.level().name()
						+ Reorganisation.era(agency.isActiveOn(today) ? today : period.to()),
				this.engine.categories(agency, period, basis, total),
				CompanionCard.of(this.engine.companions(agency, period, basis), this.companionSettings));
	}

	/**
	 * The units table alone, for the CSV and Excel files: the same rows as the page, from
	 * the same engine calls (the breakdown, and completeness for the states).
	 */
	public UnitsTable units(PortalUser user, String agencyCode, String periodCode, String basisCode) {
		AgencyRef agency = this.scope.requireView(user, agencyCode);
		Basis basis = Basis.parse(basisCode);
		ReportingPeriod period = period(periodCode, this.engine.reportedPeriods(agency).orElse(null));
		return UnitsTables.of(this.engine.units(agency, period, basis), this.engine.completeness(agency, period));
	}

	private static <T> T result(Future<T> future) {
		try {
			return future.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while reading the trend", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw new IllegalStateException(ex.getCause());
		}
	}

	private ReportingPeriod period(String code, ReportedPeriods reported) {
		if (code == null || code.isBlank()) {
			return (reported != null) ? reported.latest() : this.calendar.lastEnded();
		}
		ReportingPeriod period = this.calendar.parse(code.strip());
		if (!period.hasEnded(this.calendar.today())) {
			throw new InvalidInputException(FieldProblem.of("period", "dashboard.period.notEnded", code.strip()));
		}
		return period;
	}

	/**
	 * The agencies between the user's own and this one that the user may open (the
	 * breadcrumb), named as on the period's last day. A predecessor (Kiên Giang, seen
	 * from An Giang) is reached through the successor it is counted under, which leads
	 * the trail.
	 */
	private List<AgencyRef> trail(PortalUser user, AgencyRef agency, ReportingPeriod period) {
		AgencyLineage lineage = this.directory.lineage();
		List<AgencyRef> trail = new ArrayList<>();
		for (String code : agency.path().split("/")) {
			if (code.isEmpty() || code.equals(agency.code())) {
				continue;
			}
			this.directory.findByCode(code).filter((a) -> this.scope.canView(user, a)).ifPresent(trail::add);
		}
		AgencyRef first = trail.isEmpty() ? agency : trail.get(0);
		Optional<AgencyRef> successor = lineage.primarySuccessor(first);
		while (successor.isPresent() && this.scope.canView(user, successor.get())) {
			trail.add(0, successor.get());
			successor = lineage.primarySuccessor(successor.get());
		}
		return trail.stream().map((a) -> a.asOn(period.to())).toList();
	}

	/** What the page says of the agency across the switch. */
	private DashboardView.Lineage lineage(PortalUser user, AgencyRef agency, ReportingPeriod period) {
		AgencyLineage lineage = this.directory.lineage();
		List<AgencyRef> counted = lineage.countedOn(agency, period.to());
		List<AgencyRef> formerly = counted.stream().anyMatch((a) -> a.id() == agency.id()) ? List.of()
				: counted.stream().filter((a) -> this.scope.canView(user, a)).map((a) -> a.asOn(period.to())).toList();
		AgencyRef successor = lineage.primarySuccessor(agency)
			.filter((a) -> this.scope.canView(user, a))
			.map((a) -> a.asOn(this.calendar.today()))
			.orElse(null);
		return new DashboardView.Lineage(formerly, successor);
	}

	/** The agency's own return and its direct units': those named in completeness. */
	private static Set<String> followed(AgencyRef agency, UnitsTable units) {
		Set<String> codes = new HashSet<>();
		codes.add(agency.code());
		if (units != null) {
			units.rows().forEach((row) -> codes.add(row.agency().code()));
		}
		return codes;
	}

	/** The state of the agency's own return, if it is expected to file one. */
	private static UnitState own(Completeness completeness, AgencyRef agency) {
		return completeness.units()
			.stream()
			.filter((unit) -> unit.agencyCode().equals(agency.code()))
			.findFirst()
			.orElse(null);
	}

}
