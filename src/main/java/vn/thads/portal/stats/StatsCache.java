package vn.thads.portal.stats;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.thads.portal.period.ReportingCalendar;

/**
 * The engine's answers, kept for the database snapshot they were read in. A monthly
 * meeting opens the same dashboards again and again while nothing changes; any committed
 * write (a figure, a status, a target, the tree) gives every later transaction a new
 * snapshot, and so new keys: a kept answer is never stale, and nothing has to remember to
 * evict it.
 * <p>
 * The key is PostgreSQL's snapshot ({@code pg_current_snapshot()}: the transactions
 * committed, and those still running, when it was taken), the day (lateness is counted in
 * days), the call and its arguments. The snapshot is read first, the data after it: an
 * answer is never older than its key, at most newer (a commit in between), and then only
 * for readers that took the same snapshot before that commit, as if they had read a
 * moment later. A transaction that has written anything itself keeps nothing: what it
 * sees may yet be rolled back.
 */
@Component
class StatsCache {

	private static final String SNAPSHOT = """
			select pg_current_snapshot()::text from (select 1) as one
			where pg_current_xact_id_if_assigned() is null
			""";

	private final JdbcTemplate jdbc;

	private final ReportingCalendar calendar;

	private final Cache<Key, Object> answers;

	StatsCache(JdbcTemplate jdbc, ReportingCalendar calendar, StatsSettings settings) {
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.answers = (settings.cacheSize() > 0) ? Caffeine.newBuilder().maximumSize(settings.cacheSize()).build()
				: null;
	}

	/**
	 * The answer kept for this call in the current snapshot, or {@code compute}'s (kept
	 * when it may be). Must run inside the engine's transaction, which {@code compute}
	 * reads in.
	 * @param call the engine's method
	 * @param arguments what the answer depends on besides the data and the day
	 */
	@SuppressWarnings("unchecked")
	<T> T get(String call, List<?> arguments, Supplier<T> compute) {
		if (this.answers == null || !TransactionSynchronizationManager.isActualTransactionActive()) {
			return compute.get();
		}
		List<String> snapshot = this.jdbc.queryForList(SNAPSHOT, String.class);
		if (snapshot.isEmpty()) {
			return compute.get();
		}
		Key key = new Key(snapshot.get(0), this.calendar.today(), call, List.copyOf(arguments));
		Object kept = this.answers.getIfPresent(key);
		if (kept != null) {
			return (T) kept;
		}
		T answer = compute.get();
		if (answer != null) {
			this.answers.put(key, answer);
		}
		return answer;
	}

	/** How many answers are kept (tests). */
	long size() {
		if (this.answers == null) {
			return 0;
		}
		this.answers.cleanUp();
		return this.answers.estimatedSize();
	}

	private record Key(String snapshot, LocalDate today, String call, List<?> arguments) {

	}

}
