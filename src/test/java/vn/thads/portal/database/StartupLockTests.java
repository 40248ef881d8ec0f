package vn.thads.portal.database;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thads.portal.support.FullStack;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes starting together load their start-up data one after the other: while one
 * holds the lock, the other waits in PostgreSQL (seen in {@code pg_locks}) and goes on
 * only once the first is done, or, inside a transaction, has committed.
 */
@FullStack
class StartupLockTests {

	static final String WAITING = "select count(*) from pg_locks where locktype = 'advisory' and not granted";

	@Autowired
	StartupLock lock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	/** What happened, in order; the first node's signals. */
	List<String> events;

	CountDownLatch holding;

	CountDownLatch release;

	/** Until another session waits for the lock (at most a minute). */
	private void awaitWaiter() throws InterruptedException {
		for (int i = 0; i < 600; i++) {
			Long waiting = this.jdbc.queryForObject(WAITING, Long.class);
			if (waiting != null && waiting > 0) {
				return;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("no session waits for the start-up lock");
	}

	/** The first node loads with {@code first}; a second asks for the lock meanwhile. */
	private void run(Runnable first) throws Exception {
		this.events = new CopyOnWriteArrayList<>();
		this.holding = new CountDownLatch(1);
		this.release = new CountDownLatch(1);
		CompletableFuture<Void> one = CompletableFuture.runAsync(first);
		CompletableFuture<Void> two;
		try {
			assertThat(this.holding.await(1, TimeUnit.MINUTES)).isTrue();
			two = CompletableFuture.runAsync(() -> this.lock.holding(() -> this.events.add("second node loads")));
			awaitWaiter();
			this.events.add("first node done");
		}
		finally {
			this.release.countDown();
		}
		one.get(1, TimeUnit.MINUTES);
		two.get(1, TimeUnit.MINUTES);
		assertThat(this.events).containsExactly("first node loads", "first node done", "second node loads");
	}

	private void load() {
		this.events.add("first node loads");
		this.holding.countDown();
		try {
			assertThat(this.release.await(1, TimeUnit.MINUTES)).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Test
	void theSecondNodeWaitsForTheFirst() throws Exception {
		run(() -> this.lock.holding(this::load));
	}

	@Test
	void insideATransactionTheLockIsHeldUntilItCommits() throws Exception {
		run(() -> new TransactionTemplate(this.transactions)
			.executeWithoutResult((status) -> this.lock.holding(this::load)));
	}

}
