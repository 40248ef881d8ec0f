package vn.thads.portal.keycases;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The register's reads, in SQL: the cases of a subtree (one prefix match on the agency
 * path), their instructions in one query, a case's history, the officers of an agency.
 * The parties' names are read only when asked for.
 */
@Component
class KeyCaseQueries {

	private static final String ROWS = """
			select k.*, a.code as agency_code, a.short_name as agency_short_name,
			       coalesce(u.display_name, k.officer_name) as officer
			from key_case k
			join agency a on a.id = k.agency_id
			left join user_account u on u.id = k.officer_user_id
			""";

	private final JdbcClient jdbc;

	private final KeyCaseRules rules;

	KeyCaseQueries(JdbcClient jdbc, KeyCaseRules rules) {
		this.jdbc = jdbc;
		this.rules = rules;
	}

	/**
	 * The cases of every agency whose path starts with {@code path}, with instructions.
	 */
	List<KeyCaseRow> subtree(String path, boolean withNames) {
		List<KeyCaseRow> rows = this.jdbc.sql(ROWS + " where a.path like :prefix")
			.param("prefix", path + "%")
			.query((rs, n) -> row(rs, withNames))
			.list();
		return withInstructions(rows);
	}

	Optional<KeyCaseRow> one(long id, boolean withNames) {
		return this.jdbc.sql(ROWS + " where k.id = :id")
			.param("id", id)
			.query((rs, n) -> row(rs, withNames))
			.optional()
			.map((row) -> withInstructions(List.of(row)).get(0));
	}

	List<KeyCaseChange> history(long caseId) {
		return this.jdbc.sql("""
				select changed_at, changed_by, field, old_value, new_value from key_case_change
				where case_id = :id order by changed_at desc, id desc""")
			.param("id", caseId)
			.query((rs, n) -> new KeyCaseChange(instant(rs, "changed_at"), rs.getString("changed_by"),
					rs.getString("field"), rs.getString("old_value"), rs.getString("new_value")))
			.list();
	}

	/** The enabled accounts of an agency, who may be named enforcement officer. */
	List<KeyCaseOfficer> officers(long agencyId) {
		return this.jdbc.sql(
				"select id, display_name from user_account where agency_id = :agency and enabled and role = 'OFFICER' order by display_name")
			.param("agency", agencyId)
			.query((rs, n) -> new KeyCaseOfficer(rs.getLong("id"), rs.getString("display_name")))
			.list();
	}

	/** Instructions given at a meeting on the cases of a subtree, with their case. */
	List<MeetingInstruction> instructionsAt(String path, YearMonth meeting) {
		return this.jdbc.sql("""
				select i.*, a.code as agency_code, k.decision_number, k.amount, k.collected, k.status
				from key_case_instruction i
				join key_case k on k.id = i.case_id
				join agency a on a.id = k.agency_id
				where a.path like :prefix and i.meeting_month = :month
				order by a.path, k.decision_number, i.id""")
			.param("prefix", path + "%")
			.param("month", Date.valueOf(meeting.atDay(1)))
			.query((rs, n) -> new MeetingInstruction(instruction(rs), rs.getString("agency_code"),
					rs.getString("decision_number"),
					KeyCaseRules.outstanding(rs.getLong("amount"), rs.getLong("collected")),
					KeyCaseStatus.valueOf(rs.getString("status"))))
			.list();
	}

	private List<KeyCaseRow> withInstructions(List<KeyCaseRow> rows) {
		if (rows.isEmpty()) {
			return rows;
		}
		Map<Long, List<KeyCaseInstruction>> byCase = new HashMap<>();
		Collection<Long> ids = rows.stream().map(KeyCaseRow::id).toList();
		this.jdbc.sql("select * from key_case_instruction where case_id in (:ids) order by meeting_month, id")
			.param("ids", ids)
			.query((rs, n) -> instruction(rs))
			.list()
			.forEach((i) -> byCase.computeIfAbsent(i.caseId(), (k) -> new ArrayList<>()).add(i));
		return rows.stream().map((row) -> row.withInstructions(byCase.getOrDefault(row.id(), List.of()))).toList();
	}

	private KeyCaseRow row(ResultSet rs, boolean withNames) throws SQLException {
		long amount = rs.getLong("amount");
		LocalDate accepted = date(rs, "accepted_on");
		String category = rs.getString("category_code");
		boolean flagged = rs.getBoolean("flagged");
		KeyCaseStatus status = KeyCaseStatus.valueOf(rs.getString("status"));
		LocalDate due = date(rs, "next_step_due");
		long officerId = rs.getLong("officer_user_id");
		return new KeyCaseRow(rs.getLong("id"), rs.getString("agency_code"), rs.getString("agency_short_name"),
				rs.getString("decision_number"), date(rs, "decision_date"), accepted, category, amount,
				rs.getLong("collected"), status, date(rs, "closed_on"), rs.getString("next_step"), due,
				rs.wasNull() ? null : officerId, rs.getString("officer"), flagged,
				this.rules.reasons(amount, accepted, category, flagged), this.rules.overdue(status, due),
				withNames ? rs.getString("debtor_name") : null, withNames ? rs.getString("creditor_name") : null,
				rs.getTimestamp("names_erased_at") != null, rs.getLong("version"), List.of());
	}

	private static KeyCaseInstruction instruction(ResultSet rs) throws SQLException {
		return new KeyCaseInstruction(rs.getLong("id"), rs.getLong("case_id"),
				YearMonth.from(date(rs, "meeting_month")), rs.getString("given_by"), rs.getString("given_by_name"),
				instant(rs, "given_at"), rs.getString("text"), date(rs, "due"), rs.getString("follow_up"),
				rs.getString("followed_up_by"), instant(rs, "followed_up_at"), date(rs, "done_on"));
	}

	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, LocalDate.class);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return (at != null) ? at.toInstant() : null;
	}

}
