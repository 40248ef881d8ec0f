package vn.thads.portal.stats;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Component;
import vn.thads.portal.period.ReportingCalendar;
import vn.thads.portal.shared.DataVersion;

/**
 * The engine's answers, kept for the version of the data they were read at. A monthly
 * meeting opens the same dashboards again and again while nothing changes; any committed
 * write to what the engine reads (a figure, a status, a target, the tree) moves that
 * version, and so gives new keys: a kept answer is never stale, and nothing has to
 * remember to evict it.
 * <p>
 * The version is the one row of {@code data_version}, moved in the same commit by every
 * transaction that writes returns, targets or agencies (triggers of migration V9).
 * PostgreSQL's snapshot would change with any commit at all, and sessions are written at
 * every request: nothing would ever be kept. The key is that version, the day (lateness
 * is counted in days), the call and its arguments. The version is read first, the data
 * after it: an answer is never older than its key, at most newer (a commit in between),
 * and then only for readers that read the same version before that commit, as if they had
 * read a moment later. A transaction that has written anything itself keeps nothing: what
 * it sees may yet be rolled back, and its writes move the version only at commit.
 * <p>
 * Answers of an older version (or an earlier day) are dropped as soon as a newer one is
 * seen: nobody asks for them again, and on a deadline day, when saves move the version
 * every second, they would otherwise fill the cache up to its size with dead answers (a
 * national one holds thousands of rows), in a heap meant to be 256 MB.
 */
@Component
class StatsCache {

	private final DataVersion dataVersion;

	private final ReportingCalendar calendar;

	private final Cache<Key, Object> answers;

	/** The newest data version seen; answers of older ones are dropped. */
	private final AtomicLong newest = new AtomicLong(Long.MIN_VALUE);

	StatsCache(DataVersion dataVersion, ReportingCalendar calendar, StatsSettings settings) {
		this.dataVersion = dataVersion;
		this.calendar = calendar;
		this.answers = (settings.cacheSize() > 0) ? Caffeine.newBuilder().maximumSize(settings.cacheSize()).build()
				: null;
	}

	/**
	 * The answer kept for this call at the current data version, or {@code compute}'s
	 * (kept when it may be). Must run inside the engine's transaction, which
	 * {@code compute} reads in.
	 * @param call the engine's method
	 * @param arguments what the answer depends on besides the data and the day
	 */
	@SuppressWarnings("unchecked")
	<T> T get(String call, List<?> arguments, Supplier<T> compute) {
		if (this.answers == null) {
			return compute.get();
		}
		OptionalLong version = this.dataVersion.current();
		if (version.isEmpty()) {
			return compute.get();
		}
		Key key = new Key(version.getAsLong(), this.calendar.today(), call, List.copyOf(arguments));
		dropOlderThan(key);
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

	private void dropOlderThan(Key key) {
		long version = key.dataVersion();
		if (this.newest.getAndAccumulate(version, Math::max) < version) {
			this.answers.asMap()
				.keySet()
				.removeIf((kept) -> kept.dataVersion() < version || !kept.today().equals(key.today()));
		}
	}

	/** How many answers are kept (tests). */
	long size() {
		if (this.answers == null) {
			return 0;
		}
		this.answers.cleanUp();
		return this.answers.estimatedSize();
	}

	private record Key(long dataVersion, LocalDate today, String call, List<?> arguments) {

	}

}
