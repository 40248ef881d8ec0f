package vn.thads.portal.meeting;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.security.PortalUser;
import vn.thads.portal.security.Role;
import vn.thads.portal.shared.FieldProblem;
import vn.thads.portal.shared.InvalidInputException;

/**
 * The conclusions of the monthly meetings (V17): read for the packs, entered after a
 * meeting by the leaders of the agency (or an administrator), saved whole with optimistic
 * locking, every save audited with who, when and what was saved.
 */
@Service
@Transactional
public class MeetingConclusions {

	/** At most this many decisions per meeting. */
	public static final int MAX_DECISIONS = 30;

	static final int TEXT_LENGTH = 1000;

	static final int RESPONSIBLE_LENGTH = 200;

	private final JdbcClient jdbc;

	private final Clock clock;

	MeetingConclusions(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Who may enter an agency's conclusions: its own leaders, who chaired the meeting,
	 * and an administrator. The leaders above read them in the pack like everybody in
	 * scope.
	 */
	public boolean canEnter(PortalUser user, AgencyRef agency) {
		return user.hasRole(Role.ADMIN) || (user.hasRole(Role.LEADER) && user.getAgencyId() == agency.id());
	}

	@Transactional(readOnly = true)
	public MeetingConclusion of(AgencyRef agency, YearMonth meeting) {
		return find(agency.id(), meeting)
			.map((found) -> new MeetingConclusion(agency.id(), meeting, decisions(found.id()), found.version(),
					found.updatedBy(), found.updatedAt()))
			.orElseGet(() -> MeetingConclusion.none(agency.id(), meeting));
	}

	/**
	 * Saves the decisions typed (blank lines left out) in place of those saved.
	 * @param version the version read, -1 when there was nothing yet
	 * @throws AccessDeniedException unless {@link #canEnter}
	 * @throws InvalidInputException with each problem on its line's field
	 * @throws OptimisticLockingFailureException when someone saved since it was read
	 */
	public void save(PortalUser user, AgencyRef agency, YearMonth meeting, long version, List<DecisionEntry> entries) {
		if (!canEnter(user, agency)) {
			throw new AccessDeniedException("Only the agency's leaders enter its meeting's conclusions");
		}
		List<MeetingDecision> decisions = check(entries);
		Instant now = this.clock.instant();
		Optional<Saved> found = find(agency.id(), meeting);
		long id;
		if (found.isEmpty()) {
			if (version != -1) {
				throw new OptimisticLockingFailureException("The conclusions were removed since they were read");
			}
			try {
				id = this.jdbc
					.sql("""
							insert into meeting_conclusion (agency_id, meeting_month, created_at, created_by, updated_at, updated_by)
							values (:agency, :month, :now, :user, :now, :user) returning id""")
					.param("agency", agency.id())
					.param("month", Date.valueOf(meeting.atDay(1)))
					.param("now", Timestamp.from(now))
					.param("user", user.getUsername())
					.query(Long.class)
					.single();
			}
			catch (DuplicateKeyException ex) {
				throw new OptimisticLockingFailureException("Entered by someone else meanwhile", ex);
			}
		}
		else {
			id = found.get().id();
			int updated = this.jdbc
				.sql("update meeting_conclusion set version = version + 1, updated_at = :now, updated_by = :user "
						+ "where id = :id and version = :version")
				.param("now", Timestamp.from(now))
				.param("user", user.getUsername())
				.param("id", id)
				.param("version", version)
				.update();
			if (updated == 0) {
				throw new OptimisticLockingFailureException("The conclusions changed since they were read");
			}
			this.jdbc.sql("delete from meeting_decision where conclusion_id = :id").param("id", id).update();
		}
		for (int i = 0; i < decisions.size(); i++) {
			MeetingDecision d = decisions.get(i);
			this.jdbc.sql("""
					insert into meeting_decision (conclusion_id, position, text, responsible, due, result)
					values (:id, :position, :text, :responsible, :due, :result)""")
				.param("id", id)
				.param("position", i + 1)
				.param("text", d.text())
				.param("responsible", d.responsible())
				.param("due", (d.due() != null) ? Date.valueOf(d.due()) : null)
				.param("result", d.result())
				.update();
		}
		this.jdbc.sql("""
				insert into meeting_conclusion_audit (conclusion_id, saved_at, saved_by, decisions)
				values (:id, :now, :user, :decisions)""")
			.param("id", id)
			.param("now", Timestamp.from(now))
			.param("user", user.getUsername())
			.param("decisions", decisions.stream().map(MeetingConclusions::line).collect(Collectors.joining("\n")))
			.update();
	}

	/** The lines typed, checked; each problem is named on its line's field. */
	static List<MeetingDecision> check(List<DecisionEntry> entries) {
		List<FieldProblem> problems = new ArrayList<>();
		List<MeetingDecision> decisions = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			DecisionEntry entry = entries.get(i);
			if (entry == null || entry.blank()) {
				continue;
			}
			String at = "decisions[" + i + "].";
			String text = trimmed(entry.text());
			if (text == null) {
				problems.add(FieldProblem.of(at + "text", "meeting.error.text"));
			}
			else if (text.length() > TEXT_LENGTH) {
				problems.add(FieldProblem.of(at + "text", "meeting.error.tooLong", TEXT_LENGTH));
			}
			String responsible = trimmed(entry.responsible());
			if (responsible != null && responsible.length() > RESPONSIBLE_LENGTH) {
				problems.add(FieldProblem.of(at + "responsible", "meeting.error.tooLong", RESPONSIBLE_LENGTH));
			}
			String result = trimmed(entry.result());
			if (result != null && result.length() > TEXT_LENGTH) {
				problems.add(FieldProblem.of(at + "result", "meeting.error.tooLong", TEXT_LENGTH));
			}
			LocalDate due = null;
			String dueText = trimmed(entry.due());
			if (dueText != null) {
				try {
					due = LocalDate.parse(dueText);
				}
				catch (DateTimeParseException ex) {
					problems.add(FieldProblem.of(at + "due", "meeting.error.due"));
				}
			}
			decisions.add(new MeetingDecision(text, responsible, due, result));
		}
		if (decisions.size() > MAX_DECISIONS) {
			problems.add(FieldProblem.of("decisions", "meeting.error.tooMany", MAX_DECISIONS));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return List.copyOf(decisions);
	}

	private Optional<Saved> find(long agencyId, YearMonth meeting) {
		return this.jdbc
			.sql("select id, version, updated_by, updated_at from meeting_conclusion "
					+ "where agency_id = :agency and meeting_month = :month")
			.param("agency", agencyId)
			.param("month", Date.valueOf(meeting.atDay(1)))
			.query((rs, n) -> new Saved(rs.getLong("id"), rs.getLong("version"), rs.getString("updated_by"),
					rs.getTimestamp("updated_at").toInstant()))
			.optional();
	}

	private List<MeetingDecision> decisions(long conclusionId) {
		return this.jdbc.sql(
				"select text, responsible, due, result from meeting_decision where conclusion_id = :id order by position")
			.param("id", conclusionId)
			.query((rs, n) -> new MeetingDecision(rs.getString("text"), rs.getString("responsible"),
					rs.getObject("due", LocalDate.class), rs.getString("result")))
			.list();
	}

	private static String line(MeetingDecision d) {
		return String.join(" | ", d.text(), (d.responsible() != null) ? d.responsible() : "",
				(d.due() != null) ? d.due().toString() : "", (d.result() != null) ? d.result() : "");
	}

	private static String trimmed(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private record Saved(long id, long version, String updatedBy, Instant updatedAt) {

	}

}
