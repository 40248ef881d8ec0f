package vn.thads.portal.stats;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.period.ReportingPeriod;
import vn.thads.portal.returns.Figures;
import vn.thads.portal.returns.Form;
import vn.thads.portal.returns.FormColumn;
import vn.thads.portal.returns.ReturnStatus;

/**
 * Test data of the engine's tests: their own agencies (codes {@code ST1}, {@code ST2}, …
 * that no demo agency uses) and returns written straight into {@code monthly_return}, the
 * way the returns feature stores them. A bean of the test contexts: tests inject it.
 */
@Component
public final class StatsFixtures {

	public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final JdbcTemplate jdbc;

	public StatsFixtures(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A return first submitted on the day after the period ends, 09:00: on time. */
	public void file(AgencyRef agency, String period, ReturnStatus status, Figures cases, Figures money) {
		ReportingPeriod p = ReportingPeriod.parse(period, 10);
		Instant onTime = p.to().plusDays(1).atTime(9, 0).atZone(VIETNAM).toInstant();
		file(agency, period, status, cases, money, (status == ReturnStatus.DRAFT) ? null : onTime);
	}

	public void file(AgencyRef agency, String period, ReturnStatus status, Figures cases, Figures money,
			Instant firstSubmittedAt) {
		ReportingPeriod p = ReportingPeriod.parse(period, 10);
		StringBuilder columns = new StringBuilder();
		StringBuilder marks = new StringBuilder();
		List<Object> values = new ArrayList<>(
				List.of(agency.id(), p.monthStart(), p.statYear(), p.months(), status.name(), "test", "test"));
		for (FormColumn column : FormColumn.ENTERED) {
			columns.append(", ").append(column.sqlName(Form.CASES)).append(", ").append(column.sqlName(Form.MONEY));
			marks.append(", ?, ?");
			values.add(cases.get(column));
			values.add(money.get(column));
		}
		values.add((firstSubmittedAt != null) ? Timestamp.from(firstSubmittedAt) : null);
		values.add((status == ReturnStatus.APPROVED) ? Timestamp.from(firstSubmittedAt) : null);
		this.jdbc.update("insert into monthly_return (agency_id, period, stat_year, months, status, created_by, "
				+ "updated_by" + columns + ", first_submitted_at, approved_at) values (?, ?, ?, ?, ?, ?, ?" + marks
				+ ", ?, ?)", values.toArray());
	}

	/** G1 = X and G4 = G − X. */
	public static Figures enforceable(long resolved, long withConditions) {
		return PublishedFiguresTests.enforceable(resolved, withConditions);
	}

}
