package vn.thads.portal.stats;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.thads.portal.agency.AgencyLevel;
import vn.thads.portal.agency.AgencyLineage;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.period.ReportingCalendar;
import vn.thads.portal.returns.Figures;
import vn.thads.portal.returns.Form;
import vn.thads.portal.returns.FormColumn;
import vn.thads.portal.returns.CompanionForm;
import vn.thads.portal.returns.CompanionValues;
import vn.thads.portal.returns.Companions;
import vn.thads.portal.returns.ReturnFigures;
import vn.thads.portal.returns.ReturnStatus;

/**
 * The engine's SQL. Every statistic is ONE grouped query over the agency subtree, however
 * many sums it needs: the sums wanted are passed as a list of {@link Slot}s (a JSON
 * parameter), and the query answers one row per slot. No loop over agencies, no N+1.
 */
@Component
class StatsQueries {

	/**
	 * The expected units of every slot: the agencies of each counted root's subtree (or
	 * the root alone) active on the period's last day ({@link Counting}), each with the
	 * end of its due day by level. A slot has one JSON row per counted root.
	 */
	private static final String UNITS = """
			with slot as (
			    select * from jsonb_to_recordset(cast(:slots as jsonb)) as s(slot int, root_id bigint,
			        own_only boolean, period date,
			        due_local timestamptz, due_province timestamptz, due_central timestamptz)
			),
			unit as (
			    select distinct s.slot, s.period, a.id, a.code, %s as name, a.level,
			        case a.level when 'LOCAL' then s.due_local when 'PROVINCE' then s.due_province
			            else s.due_central end as due_end
			    from slot s
			    join agency top on top.id = s.root_id
			    -- the subtree is the range of paths starting with the root's: one scan of the
			    -- pattern index per root, byte order whatever the collation ('~' sorts after
			    -- every character a path may hold: A-Z, 0-9, '-', '/')
			    join agency a on a.path ~>=~ top.path and a.path ~<~ (top.path || '~')
			        and (not s.own_only or a.id = top.id)
			    where %s
			),
			returned as materialized (
			    -- each return once, however many slots count it (a unit is in its own row and in
			    -- the total): one bitmap scan of the period index for the periods and agencies
			    -- asked, reading the table in its physical order, never all of it
			    select %s from monthly_return r
			    where r.period = any(array(select distinct period from slot))
			      and r.agency_id = any(array(select distinct id from unit))
			)
			""".formatted(Counting.nameAt("s.period"), Counting.active("s.period"), returnColumns());

	/**
	 * domain.md §2: late = first submitted after the due day, or not yet once it passed.
	 */
	private static final String LATE = """
			(case when m.first_submitted_at is null then cast(:now as timestamptz) >= u.due_end
			 else m.first_submitted_at >= u.due_end end)""";

	private static final String COUNTED = Counting.COUNTED;

	private static final String SUBMITTED = "m.status in ('SUBMITTED', 'APPROVED')";

	private static final String TOTALS = UNITS + """
			select u.slot, count(*) as expected,
			    count(*) filter (where %s) as submitted,
			    count(*) filter (where m.status = 'APPROVED') as approved,
			    count(*) filter (where %s) as late,
			    count(*) filter (where %s) as counted,
			    %s
			from unit u left join returned m on m.agency_id = u.id and m.period = u.period
			group by u.slot
			""".formatted(SUBMITTED, LATE, COUNTED, sums());

	private static final String UNIT_STATES = UNITS + """
			select u.code, u.name, u.level, u.due_end, m.status, m.first_submitted_at, %s as late
			from unit u left join returned m on m.agency_id = u.id and m.period = u.period
			order by u.code
			""".formatted(LATE);

	/**
	 * The categories' sums of every slot (issue 14): the same units and counted returns
	 * as {@link #TOTALS}, one row per slot and category that has figures.
	 */
	private static final String CATEGORY_TOTALS = UNITS + """
			select u.slot, c.category_code, %s
			from unit u join returned m on m.agency_id = u.id and m.period = u.period
			join return_category_figures c on c.return_id = m.id
			group by u.slot, c.category_code
			""".formatted(sums("c"));

	/**
	 * The companion forms' sums of every slot (issue 14: citizen reception, complaints,
	 * administrative judgments): the same units and counted returns as {@link #TOTALS},
	 * one row per slot that has a counted return.
	 */
	private static final String COMPANION_TOTALS = UNITS + """
			select u.slot, %s
			from unit u join returned m on m.agency_id = u.id and m.period = u.period
			group by u.slot
			""".formatted(sums("m", CompanionForm.allSqlNames()));

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final NamedParameterJdbcTemplate jdbc;

	private final ReportingCalendar calendar;

	private final StatsSettings settings;

	StatsQueries(NamedParameterJdbcTemplate jdbc, ReportingCalendar calendar, StatsSettings settings) {
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.settings = settings;
	}

	/** One {@link Totals} per slot, in the slots' order, from one query. */
	List<Totals> totals(List<Slot> slots, Basis basis, AgencyLineage lineage) {
		Map<Integer, Totals> bySlot = new LinkedHashMap<>();
		this.jdbc.query(TOTALS, parameters(slots, lineage).addValue("approvedOnly", basis == Basis.APPROVED),
				(ResultSet rs) -> {
					bySlot.put(rs.getInt("slot"), totals(rs));
				});
		List<Totals> result = new ArrayList<>(slots.size());
		for (int i = 0; i < slots.size(); i++) {
			result.add(bySlot.getOrDefault(i, Totals.NONE));
		}
		return result;
	}

	/**
	 * Each slot's categories' sums by category code, in the slots' order, from one query;
	 * a category without figures in a slot is absent.
	 */
	List<Map<String, ReturnFigures>> categoryTotals(List<Slot> slots, Basis basis, AgencyLineage lineage) {
		List<Map<String, ReturnFigures>> result = new ArrayList<>(slots.size());
		slots.forEach((slot) -> result.add(new LinkedHashMap<>()));
		this.jdbc.query(CATEGORY_TOTALS, parameters(slots, lineage).addValue("approvedOnly", basis == Basis.APPROVED),
				(ResultSet rs) -> {
					result.get(rs.getInt("slot"))
						.put(rs.getString("category_code"),
								new ReturnFigures(figures(rs, Form.CASES), figures(rs, Form.MONEY)));
				});
		return result;
	}

	/** Each slot's companion forms' sums, in the slots' order, from one query. */
	List<Companions> companionTotals(List<Slot> slots, Basis basis, AgencyLineage lineage) {
		List<Companions> result = new ArrayList<>(Collections.nCopies(slots.size(), Companions.ZERO));
		this.jdbc.query(COMPANION_TOTALS, parameters(slots, lineage).addValue("approvedOnly", basis == Basis.APPROVED),
				(ResultSet rs) -> {
					Map<CompanionForm, CompanionValues> sums = new EnumMap<>(CompanionForm.class);
					for (CompanionForm form : CompanionForm.values()) {
						List<Long> values = new ArrayList<>();
						for (String column : form.sqlNames()) {
							values.add(rs.getLong(column));
						}
						sums.put(form, new CompanionValues(form, values));
					}
					result.set(rs.getInt("slot"), new Companions(sums));
				});
		return result;
	}

	/** Every expected unit of the slot with its return's state, by code. */
	List<UnitRow> unitStates(Slot slot, AgencyLineage lineage) {
		return this.jdbc
			.query(UNIT_STATES, parameters(List.of(slot), lineage), (rs, n) -> new UnitRow(rs.getString("code"),
					rs.getString("name"), AgencyLevel.valueOf(rs.getString("level")),
					rs.getObject("due_end", OffsetDateTime.class).toInstant(),
					Optional.ofNullable(rs.getString("status")).map(ReturnStatus::valueOf).orElse(null),
					Optional.ofNullable(rs.getTimestamp("first_submitted_at")).map(Timestamp::toInstant).orElse(null),
					rs.getBoolean("late")));
	}

	private MapSqlParameterSource parameters(List<Slot> slots, AgencyLineage lineage) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 0; i < slots.size(); i++) {
			Slot slot = slots.get(i);
			for (AgencyRef root : Counting.roots(lineage, slot.root(), slot.period())) {
				Map<String, Object> row = new LinkedHashMap<>();
				row.put("slot", i);
				row.put("root_id", root.id());
				row.put("own_only", slot.ownReturnOnly());
				row.put("period", slot.period().monthStart().toString());
				for (AgencyLevel level : AgencyLevel.values()) {
					row.put("due_" + level.name().toLowerCase(Locale.ROOT),
							this.calendar.dueEnd(slot.period(), level.name()).toInstant().toString());
				}
				rows.add(row);
			}
		}
		return new MapSqlParameterSource("slots", JSON.writeValueAsString(rows))
			.addValue("centralFiles", this.settings.centralFilesReturn())
			.addValue("now", this.calendar.now().toOffsetDateTime());
	}

	private static Totals totals(ResultSet rs) throws SQLException {
		return new Totals(rs.getInt("expected"), rs.getInt("submitted"), rs.getInt("approved"), rs.getInt("late"),
				rs.getInt("counted"), figures(rs, Form.CASES), figures(rs, Form.MONEY));
	}

	/**
	 * One form's entered figures, from the row's columns of the same names as the
	 * table's.
	 */
	static Figures figures(ResultSet rs, Form form) throws SQLException {
		Map<FormColumn, Long> values = new EnumMap<>(FormColumn.class);
		for (FormColumn column : FormColumn.ENTERED) {
			values.put(column, rs.getLong(column.sqlName(form)));
		}
		return Figures.of(values);
	}

	/**
	 * {@code coalesce(sum(m.cases_carried_over) filter (where counted), 0) as
	 * cases_carried_over, …} for every entered column of both forms.
	 */
	private static String sums() {
		return sums("m");
	}

	/** As {@link #sums()}, of the figures of table alias {@code of}. */
	private static String sums(String of) {
		return sums(of, FormColumn.SQL_NAMES);
	}

	/** As {@link #sums()}, of the given columns of table alias {@code of}. */
	private static String sums(String of, List<String> columns) {
		return columns.stream()
			.map((name) -> "coalesce(sum(%s.%s) filter (where %s), 0) as %s".formatted(of, name, COUNTED, name))
			.collect(Collectors.joining(",\n    "));
	}

	/** Only what the engine reads of a return, so that the set of returns stays small. */
	private static String returnColumns() {
		return "id, agency_id, period, status, first_submitted_at, " + String.join(", ", FormColumn.SQL_NAMES) + ", "
				+ String.join(", ", CompanionForm.allSqlNames());
	}

	/** One expected unit's return state, as {@link #unitStates} reads it. */
	record UnitRow(String code, String name, AgencyLevel level, Instant dueEnd, ReturnStatus status,
			Instant firstSubmittedAt, boolean late) {

	}

}
