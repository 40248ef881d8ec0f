package vn.thads.portal.shared;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Values kept for the {@link DataVersion} and the day they were computed at, as the
 * engine keeps its answers: any committed write to returns, targets or agencies moves the
 * version, so a kept value is never stale and nothing has to remember to evict it. Values
 * of an older version (or an earlier day) are dropped as soon as a newer one is seen:
 * nobody asks for them again, and on a deadline day the version moves every second.
 * Bounded by the total weight of the values (Caffeine).
 *
 * @param <K> what the value depends on besides the data and the day
 * @param <V> the value
 */
public final class KeptPerVersion<K, V> {

	private final Cache<Key<K>, V> values;

	/** The newest data version seen; values of older ones are dropped. */
	private final AtomicLong newest = new AtomicLong(Long.MIN_VALUE);

	/**
	 * @param maximumWeight the most the kept values may weigh together; 0 keeps none
	 * @param weight a value's weight (its length, or 1 to count values)
	 */
	public KeptPerVersion(long maximumWeight, ToIntFunction<V> weight) {
		this.values = (maximumWeight > 0) ? Caffeine.newBuilder()
			.maximumWeight(maximumWeight)
			.<Key<K>, V>weigher((key, value) -> weight.applyAsInt(value))
			.build() : null;
	}

	/** Whether anything is kept at all (a weight of 0 keeps nothing). */
	public boolean keeps() {
		return this.values != null;
	}

	/**
	 * The value kept for the key at this version and day, or {@code compute}'s (kept
	 * unless null). {@code compute} must read data no older than {@code version}.
	 */
	public V get(long version, LocalDate today, K key, Supplier<V> compute) {
		if (this.values == null) {
			return compute.get();
		}
		Key<K> kept = new Key<>(version, today, key);
		dropOlderThan(kept);
		V value = this.values.getIfPresent(kept);
		if (value != null) {
			return value;
		}
		value = compute.get();
		if (value != null) {
			this.values.put(kept, value);
		}
		return value;
	}

	private void dropOlderThan(Key<K> key) {
		long version = key.version();
		if (this.newest.getAndAccumulate(version, Math::max) < version) {
			this.values.asMap()
				.keySet()
				.removeIf((kept) -> kept.version() < version || !kept.today().equals(key.today()));
		}
	}

	/** How many values are kept (tests). */
	public long size() {
		if (this.values == null) {
			return 0;
		}
		this.values.cleanUp();
		return this.values.estimatedSize();
	}

	private record Key<K>(long version, LocalDate today, K key) {

	}

}
