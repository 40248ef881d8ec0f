package vn.thads.portal.planner;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import org.springframework.stereotype.Component;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.period.ReportingPeriod;
import vn.thads.portal.returns.Figures;
import vn.thads.portal.stats.Basis;
import vn.thads.portal.stats.MonthlySeries;
import vn.thads.portal.stats.SeriesPoint;
import vn.thads.portal.stats.StatsEngine;

/**
 * The last three statistical years of a subtree, at the end of the same month as the
 * period planned and at their year end, read through the engine's monthly series (so
 * across the 2025 switch through the predecessors, as every figure of the engine): two
 * kept series, the period's (with last year) and the year before last's (with the year
 * before it).
 */
@Component
class PlannerHistory {

	/** How many past years a projection looks at. */
	static final int YEARS = 3;

	private final StatsEngine engine;

	PlannerHistory(StatsEngine engine) {
		this.engine = engine;
	}

	Past past(AgencyRef agency, ReportingPeriod period, Basis basis) {
		int m = period.months() - 1;
		MonthlySeries recent = this.engine.series(agency, period, basis);
		MonthlySeries older = this.engine.series(agency,
				ReportingPeriod.endOfYear(period.statYear() - 2, period.firstMonth()), basis);
		List<List<SeriesPoint>> years = List.of(recent.lastYear(), older.thisYear(), older.lastYear());
		List<Year> result = new ArrayList<>();
		for (int i = 0; i < YEARS; i++) {
			List<SeriesPoint> points = years.get(i);
			result.add(new Year(period.statYear() - 1 - i, Point.of(points.get(m)), Point.of(points.get(11))));
		}
		return new Past(List.copyOf(result));
	}

	/** The sums of a subtree at the end of one month. */
	record Point(Figures cases, Figures money, int counted) {

		static Point of(SeriesPoint point) {
			return new Point(point.cases().figures(), point.money().figures(), point.counted());
		}

		Point minus(Point other) {
			return new Point(this.cases.minus(other.cases), this.money.minus(other.money),
					this.counted - other.counted);
		}

		Standing standing(Function<Point, Figures> form) {
			return Standing.of(form.apply(this).derive(), this.counted > 0);
		}

	}

	/** One past year: the same month and the year end. */
	record Year(int statYear, Point sameMonth, Point yearEnd) {

		PastYear of(Function<Point, Figures> form) {
			return new PastYear(this.statYear, this.sameMonth.standing(form), this.yearEnd.standing(form));
		}

	}

	/** The last three years, latest first. */
	record Past(List<Year> years) {

		List<PastYear> cases() {
			return this.years.stream().map((y) -> y.of(Point::cases)).toList();
		}

		List<PastYear> money() {
			return this.years.stream().map((y) -> y.of(Point::money)).toList();
		}

		/** This subtree without the parts given: an agency's own return alone. */
		Past minus(Collection<Past> parts) {
			List<Year> rest = new ArrayList<>();
			for (int i = 0; i < this.years.size(); i++) {
				Year year = this.years.get(i);
				Point same = year.sameMonth();
				Point end = year.yearEnd();
				for (Past part : parts) {
					same = same.minus(part.years().get(i).sameMonth());
					end = end.minus(part.years().get(i).yearEnd());
				}
				rest.add(new Year(year.statYear(), same, end));
			}
			return new Past(List.copyOf(rest));
		}

	}

}
