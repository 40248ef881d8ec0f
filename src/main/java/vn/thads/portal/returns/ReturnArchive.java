package vn.thads.portal.returns;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.period.ReportingCalendar;
import vn.thads.portal.period.ReportingPeriod;
import vn.thads.portal.shared.FieldProblem;

/**
 * Returns read and written many at a time, for the machine exchange (issue 13): the
 * returns of a subtree over a range of periods in one query, and the rule that says
 * whether an agency can have a return for a period — the entry page's, so that a file can
 * never hold what the page would refuse. Scope is checked by the callers.
 */
@Service
@Transactional(readOnly = true)
public class ReturnArchive {

	private static final String SELECT = "select agency_id, period, status, version, "
			+ String.join(", ", FormColumn.SQL_NAMES) + ", " + String.join(", ", CompanionForm.allSqlNames())
			+ " from monthly_return where agency_id = any (?) and period between ? and ? order by period, agency_id";

	/** The categories' figures of the same returns (issue 14). */
	private static final String SELECT_CATEGORIES = "select r.agency_id, r.period, f.category_code, "
			+ FormColumn.SQL_NAMES.stream().map((c) -> "f." + c).collect(Collectors.joining(", "))
			+ " from return_category_figures f join monthly_return r on r.id = f.return_id"
			+ " where r.agency_id = any (?) and r.period between ? and ?";

	private final JdbcTemplate jdbc;

	private final ReturnLookup lookup;

	private final ReportingCalendar calendar;

	ReturnArchive(JdbcTemplate jdbc, ReturnLookup lookup, ReportingCalendar calendar) {
		this.jdbc = jdbc;
		this.lookup = lookup;
		this.calendar = calendar;
	}

	/**
	 * The returns of the agencies for the periods from {@code from} to {@code to}, both
	 * included, any status, by period then agency id.
	 */
	public List<StoredReturn> find(Collection<Long> agencyIds, ReportingPeriod from, ReportingPeriod to) {
		if (agencyIds.isEmpty()) {
			return List.of();
		}
		Map<String, Map<String, ReturnFigures>> categories = new HashMap<>();
		this.jdbc.query((connection) -> statement(connection, SELECT_CATEGORIES, agencyIds, from, to), (rs) -> {
			categories
				.computeIfAbsent(rs.getLong("agency_id") + "/" + rs.getObject("period", LocalDate.class),
						(key) -> new TreeMap<>())
				.put(rs.getString("category_code"), figures(rs, 4));
		});
		return this.jdbc.query((connection) -> statement(connection, SELECT, agencyIds, from, to), (rs, row) -> {
			StoredReturn stored = stored(rs);
			Map<String, ReturnFigures> own = categories
				.get(stored.agencyId() + "/" + rs.getObject("period", LocalDate.class));
			return (own == null) ? stored : new StoredReturn(stored.agencyId(), stored.period(), stored.status(),
					stored.version(), stored.figures().withCategories(own));
		});
	}

	private static PreparedStatement statement(Connection connection, String sql, Collection<Long> agencyIds,
			ReportingPeriod from, ReportingPeriod to) throws SQLException {
		PreparedStatement statement = connection.prepareStatement(sql);
		Array ids = connection.createArrayOf("bigint", agencyIds.toArray());
		statement.setArray(1, ids);
		statement.setObject(2, from.monthStart());
		statement.setObject(3, to.monthStart());
		return statement;
	}

	/**
	 * Why the agency can have no return for the period (not ended, not yet existing,
	 * closed: field {@code period}); null when it can. The entry page's rule.
	 */
	public FieldProblem refusal(AgencyRef agency, ReportingPeriod period) {
		return this.lookup.refusal(agency, period);
	}

	private StoredReturn stored(ResultSet rs) throws SQLException {
		ReportingPeriod period = this.calendar.period(YearMonth.from(rs.getObject("period", LocalDate.class)));
		ReturnFigures figures = figures(rs, 5);
		for (CompanionForm form : CompanionForm.values()) {
			figures = figures.with(form, CompanionValues.of(form, (line) -> {
				try {
					return rs.getLong(line.column());
				}
				catch (SQLException ex) {
					throw new IllegalStateException(ex);
				}
			}));
		}
		return new StoredReturn(rs.getLong("agency_id"), period, ReturnStatus.valueOf(rs.getString("status")),
				rs.getLong("version"), figures);
	}

	/** Both forms' entered figures from the result's columns from {@code first} on. */
	private static ReturnFigures figures(ResultSet rs, int first) throws SQLException {
		List<Figures> forms = new ArrayList<>();
		int column = first;
		for (Form form : Form.values()) {
			Map<FormColumn, Long> values = new EnumMap<>(FormColumn.class);
			for (FormColumn entered : FormColumn.ENTERED) {
				values.put(entered, rs.getLong(column++));
			}
			forms.add(Figures.of(values));
		}
		return new ReturnFigures(forms.get(0), forms.get(1));
	}

}
