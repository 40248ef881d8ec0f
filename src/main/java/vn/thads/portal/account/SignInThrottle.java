package vn.thads.portal.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per (username, client address) and per address, and locks them
 * (issue 11). Kept in PostgreSQL, so that every node of the portal counts the same
 * failures; each count is one upsert, which PostgreSQL serialises on the row. A username
 * is counted as typed (trimmed, lower case), whether an account has it or not, so that a
 * lock tells nothing about which accounts exist. Locks and lifts go to the accounts'
 * audit.
 */
@Service
@Transactional
public class SignInThrottle {

	/** The longest username counted (that of {@code user_account.username}). */
	static final int USERNAME_LENGTH = 60;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final SignInProtectionProperties settings;

	private final UserAuditLog audit;

	SignInThrottle(JdbcClient jdbc, Clock clock, SignInProtectionProperties settings, UserAuditLog audit) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.settings = settings;
		this.audit = audit;
	}

	/** The username as counted: trimmed, lower case, cut to the length of a username. */
	static String key(String username) {
		String normalized = (username != null) ? username.trim().toLowerCase(Locale.ROOT) : "";
		return (normalized.length() > USERNAME_LENGTH) ? normalized.substring(0, USERNAME_LENGTH) : normalized;
	}

	/**
	 * Until when sign-ins of this username from this address are refused, if they are.
	 */
	@Transactional(readOnly = true)
	public Optional<Instant> lockedUntil(String username, String address) {
		List<Timestamp> rows = this.jdbc
			.sql("select greatest((select locked_until from sign_in_failure where username = :username"
					+ " and address = :address), (select locked_until from sign_in_address where address = :address))")
			.param("username", key(username))
			.param("address", address)
			.query(Timestamp.class)
			.list();
		Timestamp until = rows.isEmpty() ? null : rows.get(0);
		Instant now = this.clock.instant();
		return Optional.ofNullable(until).map(Timestamp::toInstant).filter(now::isBefore);
	}

	/**
	 * Counts a failed sign-in; when it is one too many, locks the username for the
	 * address, or the whole address.
	 * @return until when the failure locked, if it did
	 */
	public Optional<Instant> failed(String username, String address) {
		String key = key(username);
		Instant now = this.clock.instant();
		Timestamp forget = Timestamp.from(now.minus(this.settings.resetAfter()));
		forgetQuiet(forget);
		Instant accountLock = countForUsername(key, address, now, forget);
		Instant addressLock = countForAddress(address, now, forget);
		if (accountLock == null) {
			return Optional.ofNullable(addressLock);
		}
		return Optional.of((addressLock != null && addressLock.isAfter(accountLock)) ? addressLock : accountLock);
	}

	/**
	 * A successful sign-in: the failures of the username from the address are forgiven.
	 */
	public void succeeded(String username, String address) {
		this.jdbc.sql("delete from sign_in_failure where username = :username and address = :address")
			.param("username", key(username))
			.param("address", address)
			.update();
	}

	/** The locks in force, the longest first. */
	@Transactional(readOnly = true)
	public List<SignInLock> current() {
		return this.jdbc
			.sql("select username, address, locks, locked_until from sign_in_failure where locked_until > :now"
					+ " union all select null, address, locks, locked_until from sign_in_address"
					+ " where locked_until > :now order by locked_until desc, address, username")
			.param("now", Timestamp.from(this.clock.instant()))
			.query((rs, i) -> new SignInLock(rs.getString("username"), rs.getString("address"), rs.getInt("locks"),
					rs.getTimestamp("locked_until").toInstant()))
			.list();
	}

	/**
	 * An administrator lifts a lock in force (and forgets its failures and repeats).
	 * @param username the username locked, null for a lock of the whole address
	 * @return whether there was such a lock
	 */
	public boolean lift(String username, String address, String admin) {
		Timestamp now = Timestamp.from(this.clock.instant());
		int lifted = (username == null)
				? this.jdbc.sql("delete from sign_in_address where address = :address and locked_until > :now")
					.param("address", address)
					.param("now", now)
					.update()
				: this.jdbc
					.sql("delete from sign_in_failure where username = :username and address = :address"
							+ " and locked_until > :now")
					.param("username", key(username))
					.param("address", address)
					.param("now", now)
					.update();
		if (lifted > 0) {
			this.audit.record(admin, UserAuditAction.UNLOCKED, (username != null) ? key(username) : null,
					UserAuditEntry.details(address, (username == null) ? 1 : 0));
		}
		return lifted > 0;
	}

	private Instant countForUsername(String key, String address, Instant now, Timestamp forget) {
		Count count = this.jdbc
			.sql("insert into sign_in_failure as f (username, address, failures, locks, last_failure)"
					+ " values (:username, :address, 1, 0, :now) on conflict (username, address) do update set"
					+ " failures = case when greatest(f.last_failure, f.locked_until) < :forget then 1"
					+ " else f.failures + 1 end,"
					+ " locks = case when greatest(f.last_failure, f.locked_until) < :forget then 0 else f.locks end,"
					+ " last_failure = :now returning failures, locks")
			.param("username", key)
			.param("address", address)
			.param("now", Timestamp.from(now))
			.param("forget", forget)
			.query((rs, i) -> new Count(rs.getInt("failures"), rs.getInt("locks")))
			.single();
		if (count.failures() < this.settings.failures()) {
			return null;
		}
		Duration lock = this.settings.lockDuration(count.locks());
		Instant until = now.plus(lock);
		this.jdbc
			.sql("update sign_in_failure set failures = 0, locks = locks + 1, locked_until = :until"
					+ " where username = :username and address = :address")
			.param("until", Timestamp.from(until))
			.param("username", key)
			.param("address", address)
			.update();
		this.audit.record(address, UserAuditAction.LOCKED, key,
				UserAuditEntry.details(address, count.failures(), minutes(lock), 0));
		return until;
	}

	private Instant countForAddress(String address, Instant now, Timestamp forget) {
		Count count = this.jdbc
			.sql("insert into sign_in_address as a (address, failures, window_start, locks, last_failure)"
					+ " values (:address, 1, :now, 0, :now) on conflict (address) do update set"
					+ " failures = case when a.window_start < :windowStart then 1 else a.failures + 1 end,"
					+ " window_start = case when a.window_start < :windowStart then :now else a.window_start end,"
					+ " locks = case when greatest(a.last_failure, a.locked_until) < :forget then 0 else a.locks end,"
					+ " last_failure = :now returning failures, locks")
			.param("address", address)
			.param("now", Timestamp.from(now))
			.param("windowStart", Timestamp.from(now.minus(this.settings.addressWindow())))
			.param("forget", forget)
			.query((rs, i) -> new Count(rs.getInt("failures"), rs.getInt("locks")))
			.single();
		if (count.failures() < this.settings.addressFailures()) {
			return null;
		}
		Duration lock = this.settings.lockDuration(count.locks());
		Instant until = now.plus(lock);
		this.jdbc
			.sql("update sign_in_address set failures = 0, window_start = :now, locks = locks + 1,"
					+ " locked_until = :until where address = :address")
			.param("now", Timestamp.from(now))
			.param("until", Timestamp.from(until))
			.param("address", address)
			.update();
		this.audit.record(address, UserAuditAction.LOCKED, null,
				UserAuditEntry.details(address, count.failures(), minutes(lock), 1));
		return until;
	}

	/** Rows without a failure nor a lock for a long time tell nothing more: gone. */
	private void forgetQuiet(Timestamp forget) {
		this.jdbc
			.sql("delete from sign_in_failure where last_failure < :forget"
					+ " and (locked_until is null or locked_until < :forget)")
			.param("forget", forget)
			.update();
		this.jdbc
			.sql("delete from sign_in_address where last_failure < :forget"
					+ " and (locked_until is null or locked_until < :forget)")
			.param("forget", forget)
			.update();
	}

	private static long minutes(Duration lock) {
		return (lock.toSeconds() + 59) / 60;
	}

	private record Count(int failures, int locks) {
	}

}
