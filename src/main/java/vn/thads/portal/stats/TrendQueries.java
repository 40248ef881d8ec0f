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
import vn.thads.portal.agency.AgencyLineage;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.period.ReportingPeriod;
import vn.thads.portal.returns.Form;
import vn.thads.portal.returns.FormColumn;

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
	 * The counted agencies of each month ({@link Counting}: the root's subtree, or before
	 * the root existed its primary predecessors' subtrees, as they stood on the month's
	 * last day), their counted returns summed per month.
	 */
	private static final String SERIES = """
			with point as (
			    select * from jsonb_to_recordset(cast(:points as jsonb)) as p(point int, period date, root_id bigint)
			),
			member as materialized (
			    select distinct p.point, p.period, a.id
			    from point p
			    join agency top on top.id = p.root_id
			    join agency a on a.path ~>=~ top.path and a.path ~<~ (top.path || '~')
			    where %s
			),
			returned as materialized (
			    -- both arrays on the unique (agency, period) index: a province reads its own few
			    -- returns, the country one index pass, never the whole table
			    select * from monthly_return m
			    where m.agency_id = any(array(select distinct id from member))
			      and m.period = any(array(select distinct period from point))
			      and %s
			)
			select u.point, count(*) as counted,
			    %s
			from member u
			join returned m on m.agency_id = u.id and m.period = u.period
			group by u.point
			""".formatted(Counting.active("p.period"), Counting.COUNTED,
			FormColumn.SQL_NAMES.stream()
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
			    select a.id from agency a join unnest(string_to_array(:prefixes, ',')) as p(prefix)
			      on a.path ~>=~ p.prefix and a.path ~<~ (p.prefix || '~')
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
	List<Totals> series(AgencyRef agency, List<ReportingPeriod> months, Basis basis, AgencyLineage lineage) {
		List<Map<String, Object>> points = new ArrayList<>();
		for (int i = 0; i < months.size(); i++) {
			for (AgencyRef root : Counting.roots(lineage, agency, months.get(i))) {
				points.add(Map.of("point", i, "period", months.get(i).monthStart().toString(), "root_id", root.id()));
			}
		}
		MapSqlParameterSource parameters = new MapSqlParameterSource("points", JSON.writeValueAsString(points))
			.addValue("centralFiles", this.settings.centralFilesReturn())
			.addValue("approvedOnly", basis == Basis.APPROVED);
		Map<Integer, Totals> byPoint = new LinkedHashMap<>();
		this.jdbc.query(SERIES, parameters, (ResultSet rs) -> {
			int counted = rs.getInt("counted");
			byPoint.put(rs.getInt("point"), new Totals(0, 0, 0, 0, counted, StatsQueries.figures(rs, Form.CASES),
					StatsQueries.figures(rs, Form.MONEY)));
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
	Optional<Reported> reported(List<AgencyRef> roots) {
		String prefixes = roots.stream().map(AgencyRef::path).collect(Collectors.joining(","));
		Reported reported = this.jdbc.queryForObject(REPORTED, new MapSqlParameterSource("prefixes", prefixes), (rs,
				n) -> new Reported(rs.getObject("first", LocalDate.class), rs.getObject("latest", LocalDate.class)));
		return Optional.ofNullable(reported).filter((r) -> r.latest() != null);
	}

	/** The months that start the first and the latest reported period. */
	record Reported(LocalDate first, LocalDate latest) {

	}

}
