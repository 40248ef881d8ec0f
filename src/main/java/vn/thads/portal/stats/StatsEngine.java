package vn.thads.portal.stats;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thads.portal.agency.AgencyDirectory;
import vn.thads.portal.agency.AgencyLineage;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.period.ReportingCalendar;
import vn.thads.portal.period.ReportingPeriod;
import vn.thads.portal.returns.CompanionForm;
import vn.thads.portal.returns.Companions;
import vn.thads.portal.returns.Reception;
import vn.thads.portal.returns.ReturnCategories;
import vn.thads.portal.returns.ReturnCategory;
import vn.thads.portal.returns.ReturnFigures;
import vn.thads.portal.returns.ReturnStatus;
import vn.thads.portal.shared.Percent;
import vn.thads.portal.target.TargetRates;
import vn.thads.portal.target.Targets;

/**
 * The statistics engine: the only place where the portal's figures beyond a single form
 * are computed (sums, targets, gaps, still needed, same period last year, month flows,
 * completeness). Each call reads its sums with one grouped query ({@link StatsQueries})
 * and the targets with one more; the formulas are in {@link StatsArithmetic}. Answers are
 * kept for the version of the data they were read at ({@link StatsCache}), which only
 * writes to returns, targets and agencies move.
 * <p>
 * It trusts the agency it is given: callers check scope first ({@link Statistics} does).
 */
@Service
@Transactional(readOnly = true)
public class StatsEngine {

	private final StatsQueries queries;

	private final TrendQueries trendQueries;

	private final Targets targets;

	private final AgencyDirectory directory;

	private final ReportingCalendar calendar;

	private final StatsCache cache;

	private final ReturnCategories categories;

	StatsEngine(StatsQueries queries, TrendQueries trendQueries, Targets targets, AgencyDirectory directory,
			ReportingCalendar calendar, StatsCache cache, ReturnCategories categories) {
		this.categories = categories;
		this.queries = queries;
		this.trendQueries = trendQueries;
		this.targets = targets;
		this.directory = directory;
		this.calendar = calendar;
		this.cache = cache;
	}

	/** The agency and its whole subtree for a period. */
	public AgencyStats stats(AgencyRef agency, ReportingPeriod period, Basis basis) {
		return this.cache.get("stats", List.of(agency.id(), period, basis), () -> computeStats(agency, period, basis));
	}

	private AgencyStats computeStats(AgencyRef agency, ReportingPeriod period, Basis basis) {
		Slot slot = Slot.subtree(agency.asOn(period.to()), period);
		Map<Long, TargetRates> target = this.targets.find(agency.id(), period.statYear())
			.map((rates) -> Map.of(agency.id(), rates))
			.orElse(Map.of());
		return assemble(List.of(slot), basis, target, this.directory.lineage()).get(0);
	}

	/**
	 * The categories the period reports (issue 14), each summed for the agency and its
	 * subtree as {@link #stats} sums the main forms, with the same period last year and
	 * its share of the main form's money to enforce.
	 */
	public List<CategoryStats> categories(AgencyRef agency, ReportingPeriod period, Basis basis) {
		return categories(agency, period, basis, stats(agency, period, basis));
	}

	/**
	 * As {@link #categories(AgencyRef, ReportingPeriod, Basis)}, with the agency's stats
	 * the caller already has (a dashboard's total).
	 */
	public List<CategoryStats> categories(AgencyRef agency, ReportingPeriod period, Basis basis, AgencyStats main) {
		return this.cache.get("categories", List.of(agency.id(), period, basis),
				() -> computeCategories(agency, period, basis, main));
	}

	private List<CategoryStats> computeCategories(AgencyRef agency, ReportingPeriod period, Basis basis,
			AgencyStats main) {
		Slot slot = Slot.subtree(agency.asOn(period.to()), period);
		List<Map<String, ReturnFigures>> sums = this.queries.categoryTotals(List.of(slot, slot.lastYear()), basis,
				this.directory.lineage());
		List<CategoryStats> result = new ArrayList<>();
		for (ReturnCategory category : this.categories.validIn(period.monthStart())) {
			ReturnFigures now = sums.get(0).getOrDefault(category.code(), ReturnFigures.ZERO);
			ReturnFigures then = sums.get(1).getOrDefault(category.code(), ReturnFigures.ZERO);
			FormTotals money = FormTotals.of(now.money());
			result.add(new CategoryStats(category, FormTotals.of(now.cases()), money,
					Percent.of(money.derived().mustEnforce(), main.money().derived().mustEnforce()),
					FormTotals.of(then.cases()), FormTotals.of(then.money())));
		}
		return List.copyOf(result);
	}

	/**
	 * The citizen reception and judgments received (issue 14) of the agency and its
	 * subtree for the period, summed by the same counting rule as the main forms
	 * ({@link Counting}), across the 2025 switch as {@link #stats} sums them.
	 */
	public Reception reception(AgencyRef agency, ReportingPeriod period, Basis basis) {
		return Reception.of(companions(agency, period, basis).get(0).now());
	}

	/**
	 * Every companion form (issue 14: citizen reception, complaints and denunciations,
	 * administrative judgments), in {@link CompanionForm} order, summed for the agency
	 * and its subtree by the same counting rule as the main forms ({@link Counting}),
	 * across the 2025 switch as {@link #stats} sums them, with the same period last year;
	 * both from one query.
	 */
	public List<CompanionStats> companions(AgencyRef agency, ReportingPeriod period, Basis basis) {
		return this.cache.get("companions", List.of(agency.id(), period, basis), () -> {
			Slot slot = Slot.subtree(agency.asOn(period.to()), period);
			List<Companions> sums = this.queries.companionTotals(List.of(slot, slot.lastYear()), basis,
					this.directory.lineage());
			return Arrays.stream(CompanionForm.values())
				.map((form) -> new CompanionStats(sums.get(0).get(form), sums.get(1).get(form)))
				.toList();
		});
	}

	/**
	 * The rows of a units table or printed report: the agency's own return alone, then
	 * each unit {@link AgencyLineage#unitsListed} lists (today's units of a present
	 * agency, counted through their predecessors before they existed) with its subtree;
	 * and their total. Every agency is named as on the period's last day.
	 */
	public UnitBreakdown units(AgencyRef agency, ReportingPeriod period, Basis basis) {
		return this.cache.get("units", List.of(agency.id(), period, basis), () -> computeUnits(agency, period, basis));
	}

	private UnitBreakdown computeUnits(AgencyRef agency, ReportingPeriod period, Basis basis) {
		AgencyLineage lineage = this.directory.lineage();
		LocalDate end = period.to();
		List<Slot> slots = new ArrayList<>();
		slots.add(Slot.subtree(agency.asOn(end), period));
		slots.add(Slot.own(agency.asOn(end), period));
		List<Long> ids = new ArrayList<>(List.of(agency.id()));
		for (AgencyRef unit : lineage.unitsListed(agency, end, this.calendar.today())) {
			slots.add(Slot.subtree(unit.asOn(end), period));
			ids.add(unit.id());
		}
		Map<Long, TargetRates> targets = this.targets.forAgencies(ids, period.statYear());
		List<AgencyStats> rows = assemble(slots, basis, targets, lineage);
		return new UnitBreakdown(rows.get(0), List.copyOf(rows.subList(1, rows.size())));
	}

	/**
	 * The sums at the end of each month of the year up to {@code period}, and of every
	 * month of the year before (with the predecessors of a successor), in one query.
	 */
	public MonthlySeries series(AgencyRef agency, ReportingPeriod period, Basis basis) {
		return this.cache.get("series", List.of(agency.id(), period, basis),
				() -> computeSeries(agency, period, basis));
	}

	private MonthlySeries computeSeries(AgencyRef agency, ReportingPeriod period, Basis basis) {
		List<ReportingPeriod> months = new ArrayList<>(period.monthsSoFar());
		int thisYear = months.size();
		months.addAll(period.samePeriodLastYear().monthsOfYear());
		List<Totals> totals = this.trendQueries.series(agency, months, basis, this.directory.lineage());
		List<SeriesPoint> points = new ArrayList<>();
		for (int i = 0; i < months.size(); i++) {
			Totals t = totals.get(i);
			points.add(new SeriesPoint(months.get(i), FormTotals.of(t.cases()), FormTotals.of(t.money()), t.counted()));
		}
		return new MonthlySeries(period, List.copyOf(points.subList(0, thisYear)),
				List.copyOf(points.subList(thisYear, points.size())));
	}

	/**
	 * The rate by month through the statistical year, against the same months of last
	 * year, the target and each month's progress target: the series and the target, two
	 * queries.
	 */
	public Trend trend(AgencyRef agency, ReportingPeriod period, Basis basis) {
		return this.cache.get("trend", List.of(agency.id(), period, basis), () -> computeTrend(agency, period, basis));
	}

	private Trend computeTrend(AgencyRef agency, ReportingPeriod period, Basis basis) {
		TargetRates target = this.targets.find(agency.id(), period.statYear()).orElse(null);
		return StatsArithmetic.trend(agency.asOn(period.to()), computeSeries(agency, period, basis), basis, target);
	}

	/**
	 * Who has reported for a period in the subtree, with the late units (most days late
	 * first) and the missing ones.
	 */
	public Completeness completeness(AgencyRef agency, ReportingPeriod period) {
		return this.cache.get("completeness", List.of(agency.id(), period), () -> computeCompleteness(agency, period));
	}

	private Completeness computeCompleteness(AgencyRef agency, ReportingPeriod period) {
		ZoneId zone = this.calendar.zone();
		LocalDate today = this.calendar.today();
		List<UnitState> units = new ArrayList<>();
		for (StatsQueries.UnitRow row : this.queries.unitStates(Slot.subtree(agency, period),
				this.directory.lineage())) {
			// the due day is the day before its end: dueEnd is midnight after it
			LocalDate dueDate = row.dueEnd().atZone(zone).toLocalDate().minusDays(1);
			LocalDate until = (row.firstSubmittedAt() != null) ? row.firstSubmittedAt().atZone(zone).toLocalDate()
					: today;
			long daysLate = row.late() ? Math.max(1, ChronoUnit.DAYS.between(dueDate, until)) : 0;
			boolean submitted = row.status() != null && row.status().isCounted();
			units.add(new UnitState(row.code(), row.name(), row.level(), row.status(), row.firstSubmittedAt(), dueDate,
					submitted, row.status() == ReturnStatus.APPROVED, row.late(), daysLate));
		}
		units.sort(Comparator.comparing((UnitState u) -> !u.late())
			.thenComparing(Comparator.comparingLong(UnitState::daysLate).reversed())
			.thenComparing(UnitState::submitted)
			.thenComparing(UnitState::agencyCode));
		return new Completeness(period, StatsArithmetic.counts(units), List.copyOf(units));
	}

	/**
	 * The latest period for which the subtree has a submitted or approved return: where
	 * pages open (domain.md §2), rather than on the calendar month.
	 */
	public Optional<ReportingPeriod> latestSubmittedPeriod(AgencyRef agency) {
		return reportedPeriods(agency).map(ReportedPeriods::latest);
	}

	/**
	 * The first and the latest period with submitted returns in the subtree, in one fast
	 * query (the latest is also what {@link #latestSubmittedPeriod} answers).
	 */
	public Optional<ReportedPeriods> reportedPeriods(AgencyRef agency) {
		// the predecessors' periods too: a successor's history goes back through them
		return this.cache.get("reportedPeriods", List.of(agency.id()), () -> computeReportedPeriods(agency));
	}

	private Optional<ReportedPeriods> computeReportedPeriods(AgencyRef agency) {
		return this.trendQueries.reported(this.directory.lineage().withPrimaryPredecessors(agency))
			.map((r) -> new ReportedPeriods(this.calendar.period(YearMonth.from(r.first())),
					this.calendar.period(YearMonth.from(r.latest()))));
	}

	/**
	 * Stats for every slot from one query: each slot's sums, one month earlier (for the
	 * month's flow) and one year earlier.
	 */
	private List<AgencyStats> assemble(List<Slot> slots, Basis basis, Map<Long, TargetRates> targets,
			AgencyLineage lineage) {
		int n = slots.size();
		List<Slot> all = new ArrayList<>(slots);
		slots.forEach((slot) -> all.add(slot.lastYear()));
		boolean firstMonth = slots.get(0).previousMonth() == null;
		if (!firstMonth) {
			slots.forEach((slot) -> all.add(slot.previousMonth()));
		}
		List<Totals> totals = this.queries.totals(all, basis, lineage);
		List<AgencyStats> result = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			Slot slot = slots.get(i);
			result.add(StatsArithmetic.assemble(slot, basis, totals.get(i), firstMonth ? null : totals.get(2 * n + i),
					totals.get(n + i), targets.get(slot.root().id())));
		}
		return result;
	}

}
