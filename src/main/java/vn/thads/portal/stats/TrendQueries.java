package vn.thads.portal.stats;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.period.ReportingPeriod;

/**
 * The engine's SQL over many months of one subtree: the monthly sums of a series and the
 * periods the subtree has reported. Unlike {@link StatsQueries}, whose slots each list
 * their expected units, a series needs no completeness: it reads the subtree's returns
 * for all the months at once through the (agency, period) index and sums them by month,
 * so the whole country's 21 months cost one pass over their returns.
 */
@Component
class TrendQueries {

	/**
	 * The subtree of the root, and the subtrees of its predecessors ("inherited": counted
	 * only in the months that ask for them, those of last year, as {@link Slot#lastYear}
	 * does), active during each month; the counted returns summed per month.
	 */
	private static final String SERIES = """
			with recursive root (agency_id, inherited) as (
			    select cast(:root as bigint), false
			    union
			    select s.predecessor_id, true from root r
			    join agency_succession s on s.successor_id = r.agency_id
			),
			member as materialized (
			    select a.id, bool_and(r.inherited) as inherited, a.valid_from, a.valid_to
			    from root r
			    join agency top on top.id = r.agency_id
			    join agency a on a.path ~>=~ top.path and a.path ~<~ (top.path || '~')
			    where a.level <> 'CENTRAL' or :centralFiles
			    group by a.id, a.valid_from, a.valid_to
			),
			point as (
			    select * from jsonb_to_recordset(cast(:points as jsonb)) as p(point int, period date, predecessors boolean)
			)
			select p.point, count(*) as counted,
			    %s
			from member a
			-- both arrays on the unique (agency, period) index: a province reads its own few
			-- returns, the country one index pass, never the whole table
			join monthly_return m on m.agency_id = a.id
			    and m.agency_id = any(array(select id from member))
			    and m.period = any(array(select period from point))
			join point p on p.period = m.period and (p.predecessors or not a.inherited)
			where (m.status = 'APPROVED' or (m.status = 'SUBMITTED' and not :approvedOnly))
			  and a.valid_from < p.period + interval '1 month'
			  and (a.valid_to is null or a.valid_to >= p.period)
			group by p.point
			"""
		.formatted(StatsQueries.figureColumns()
			.stream()
			.map((name) -> "sum(m.%s) as %s".formatted(name, name))
			.collect(Collectors.joining(",\n    ")));

	/**
	 * The first and the latest period with a submitted or approved return in the subtree:
	 * each is the first entry of the (period, status, agency) index met from one end, so
	 * the country answers at once and a province after the few months it has not
	 * reported.
	 */
	private static final String REPORTED = """
			with subtree as (
			    select id from agency a where a.path ~>=~ :prefix and a.path ~<~ (:prefix || '~')
			)
			select
			  (select m.period from monthly_return m where m.status in ('SUBMITTED', 'APPROVED')
			     and m.agency_id = any(array(select id from subtree)) order by m.period limit 1) as first,
			  (select m.period from monthly_return m where m.status in ('SUBMITTED', 'APPROVED')
			     and m.agency_id = any(array(select id from subtree)) order by m.period desc limit 1) as latest
			""";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final NamedParameterJdbcTemplate jdbc;

	private final StatsSettings settings;

	TrendQueries(NamedParameterJdbcTemplate jdbc, StatsSettings settings) {
		this.jdbc = jdbc;
		this.settings = settings;
	}

	/**
	 * The sums of the root's subtree at the end of each month asked for, in their order;
	 * {@link Totals#NONE} for a month without counted returns. Only {@code counted} and
	 * the figures are read: a series says nothing of completeness.
	 * @param months each month, and whether it reaches the root's predecessors
	 */
	List<Totals> series(AgencyRef root, List<Month> months, Basis basis) {
		List<Map<String, Object>> points = new ArrayList<>();
		for (int i = 0; i < months.size(); i++) {
			points.add(Map.of("point", i, "period", months.get(i).period().monthStart().toString(), "predecessors",
					months.get(i).predecessors()));
		}
		MapSqlParameterSource parameters = new MapSqlParameterSource("root", root.id())
			.addValue("points", JSON.writeValueAsString(points))
			.addValue("centralFiles", this.settings.centralFilesReturn())
			.addValue("approvedOnly", basis == Basis.APPROVED);
		Map<Integer, Totals> byPoint = new LinkedHashMap<>();
		this.jdbc.query(SERIES, parameters, (ResultSet rs) -> {
			int counted = rs.getInt("counted");
			byPoint.put(rs.getInt("point"), new Totals(0, 0, 0, 0, counted, StatsQueries.figures(rs, "cases_"),
					StatsQueries.figures(rs, "money_")));
		});
		List<Totals> result = new ArrayList<>(months.size());
		for (int i = 0; i < months.size(); i++) {
			result.add(byPoint.getOrDefault(i, Totals.NONE));
		}
		return result;
	}

	/**
	 * The first months of the first and the latest period with submitted returns in the
	 * subtree; empty when it has none.
	 */
	Optional<Reported> reported(AgencyRef root) {
		Reported reported = this.jdbc.queryForObject(REPORTED, new MapSqlParameterSource("prefix", root.path()), (rs,
				n) -> new Reported(rs.getObject("first", LocalDate.class), rs.getObject("latest", LocalDate.class)));
		return Optional.ofNullable(reported).filter((r) -> r.latest() != null);
	}

	/** One month of a series; {@code predecessors} for the months of last year. */
	record Month(ReportingPeriod period, boolean predecessors) {

	}

	/** The months that start the first and the latest reported period. */
	record Reported(LocalDate first, LocalDate latest) {

	}

}
