package vn.thads.portal.account;

import java.sql.Timestamp;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thads.portal.period.ReportingCalendar;

/**
 * What administrators did to accounts in bulk: imports (one event for the file, one per
 * account created or updated) and moves to a successor agency. Accounts are named by
 * username, which never changes and outlives a disabled account.
 */
@Service
@Transactional
public class UserAuditLog {

	/** How many events the audit page shows, newest first. */
	static final int PAGE = 200;

	private final JdbcClient jdbc;

	private final ReportingCalendar calendar;

	UserAuditLog(JdbcClient jdbc, ReportingCalendar calendar) {
		this.jdbc = jdbc;
		this.calendar = calendar;
	}

	void record(String actor, UserAuditAction action, String username, String details) {
		this.jdbc
			.sql("insert into user_audit (at, actor, action, username, details)"
					+ " values (:at, :actor, :action, :username, :details)")
			.param("at", Timestamp.from(this.calendar.now().toInstant()))
			.param("actor", actor)
			.param("action", action.name())
			.param("username", username)
			.param("details", details)
			.update();
	}

	/** The latest events, newest first. */
	@Transactional(readOnly = true)
	public List<UserAuditEntry> latest() {
		return this.jdbc
			.sql("select at, actor, action, username, details from user_audit order by at desc, id desc limit :n")
			.param("n", PAGE)
			.query((rs, i) -> new UserAuditEntry(rs.getTimestamp("at").toInstant(), rs.getString("actor"),
					UserAuditAction.valueOf(rs.getString("action")), rs.getString("username"), rs.getString("details")))
			.list();
	}

	/** The events about one account, newest first. */
	@Transactional(readOnly = true)
	public List<UserAuditEntry> of(String username) {
		return this.jdbc
			.sql("select at, actor, action, username, details from user_audit where username = :username"
					+ " order by at desc, id desc")
			.param("username", username)
			.query((rs, i) -> new UserAuditEntry(rs.getTimestamp("at").toInstant(), rs.getString("actor"),
					UserAuditAction.valueOf(rs.getString("action")), rs.getString("username"), rs.getString("details")))
			.list();
	}

}
