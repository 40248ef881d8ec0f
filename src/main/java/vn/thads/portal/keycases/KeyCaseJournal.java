package vn.thads.portal.keycases;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The register's append-only records: the history of every change, the instructions and
 * their follow-up, and the audit of who saw or exported the parties' names.
 */
@Component
class KeyCaseJournal {

	/**
	 * Written in the history instead of a party's name, which must not outlive erasure.
	 */
	static final String NAME_CHANGED = "***";

	private final JdbcClient jdbc;

	KeyCaseJournal(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void changes(long caseId, Map<String, String[]> changes, String user, Instant now) {
		changes.forEach((field, values) -> change(caseId, field, values[0], values[1], user, now));
	}

	void change(long caseId, String field, String oldValue, String newValue, String user, Instant now) {
		this.jdbc.sql("""
				insert into key_case_change (case_id, changed_at, changed_by, field, old_value, new_value)
				values (:case, :at, :by, :field, :old, :new)""")
			.param("case", caseId)
			.param("at", Timestamp.from(now))
			.param("by", user)
			.param("field", field)
			.param("old", oldValue)
			.param("new", newValue)
			.update();
	}

	long instruct(long caseId, YearMonth meeting, String user, String userName, String text, LocalDate due,
			Instant now) {
		return this.jdbc.sql("""
				insert into key_case_instruction (case_id, meeting_month, given_by, given_by_name, given_at, text, due)
				values (:case, :month, :by, :name, :at, :text, :due) returning id""")
			.param("case", caseId)
			.param("month", Date.valueOf(meeting.atDay(1)))
			.param("by", user)
			.param("name", userName)
			.param("at", Timestamp.from(now))
			.param("text", text)
			.param("due", (due != null) ? Date.valueOf(due) : null)
			.query(Long.class)
			.single();
	}

	/** Records what became of an instruction; false when it is not one of the case's. */
	boolean followUp(long caseId, long instructionId, String text, LocalDate doneOn, String user, Instant now) {
		return this.jdbc.sql("""
				update key_case_instruction set follow_up = :text, done_on = :done, followed_up_by = :by,
				       followed_up_at = :at
				where id = :id and case_id = :case""")
			.param("text", text)
			.param("done", (doneOn != null) ? Date.valueOf(doneOn) : null)
			.param("by", user)
			.param("at", Timestamp.from(now))
			.param("id", instructionId)
			.param("case", caseId)
			.update() == 1;
	}

	void access(KeyCaseAccess action, String user, String agencyCode, Long caseId, int rows, Instant now) {
		this.jdbc.sql("""
				insert into key_case_access (accessed_at, username, action, agency_code, case_id, row_count)
				values (:at, :by, :action, :agency, :case, :rows)""")
			.param("at", Timestamp.from(now))
			.param("by", user)
			.param("action", action.name())
			.param("agency", agencyCode)
			.param("case", caseId)
			.param("rows", rows)
			.update();
	}

}
