package vn.thads.portal.target.api;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.support.FullStack;
import vn.thads.portal.support.TestAgencies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thads.portal.support.TestUsers.basic;

/**
 * Targets beyond what the field allows, and two first settings at once (issue 11).
 */
@FullStack
class TargetApiLimitsTests {

	@Autowired
	TestAgencies testAgencies;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	AgencyRef district;

	String leader;

	@BeforeEach
	void district() {
		AgencyRef province = this.testAgencies.province();
		this.district = this.testAgencies.local(province);
		this.leader = this.testAgencies.leader(province);
	}

	/**
	 * {@code 1e999999999} was written out in full (a gigabyte) before its range was
	 * checked; now it is compared as it came and named in scientific notation.
	 */
	@Test
	void aRateWithAHugeExponentIs422AtOnce() throws Exception {
		String url = "/api/v1/targets/" + this.district.code() + "/2024";
		long start = System.nanoTime();
		this.mvc
			.perform(put(url).with(basic(this.leader))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"casesRate\":1e999999999,\"moneyRate\":1e-999999999}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("casesRate"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("1E+999999999")))
			.andExpect(jsonPath("$.errors[1].field").value("moneyRate"))
			.andExpect(jsonPath("$.errors[1].message").value(containsString("1E-999999999")));
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
		this.mvc.perform(get(url).with(basic(this.leader))).andExpect(status().isNotFound());
		this.mvc
			.perform(put(url).with(basic(this.leader))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"casesRate\":81.50000,\"moneyRate\":4.01e1}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.moneyRate").value(40.10));
	}

	/**
	 * Another writer's first target of the year is not yet committed when this PUT reads
	 * (none there) and inserts: the unique key makes it wait, then fail. It is a 409, as
	 * a stale version is, never a 500.
	 */
	@Test
	void twoFirstSettingsAtOnceAreOneSavedAndOne409() throws Exception {
		String url = "/api/v1/targets/" + this.district.code() + "/2030";
		CountDownLatch inserted = new CountDownLatch(1);
		CountDownLatch putSent = new CountDownLatch(1);
		CompletableFuture<Void> other = CompletableFuture
			.runAsync(() -> new TransactionTemplate(this.transactions).executeWithoutResult((tx) -> {
				this.jdbc.update("insert into target (agency_id, stat_year, cases_rate, money_rate, updated_by)"
						+ " values (?, 2030, 50, 50, 'other')", this.district.id());
				inserted.countDown();
				await(putSent);
				sleep(1500);
			}));
		inserted.await(10, TimeUnit.SECONDS);
		CompletableFuture<Integer> mine = CompletableFuture.supplyAsync(() -> {
			putSent.countDown();
			try {
				return this.mvc
					.perform(put(url).with(basic(this.leader))
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"casesRate\":81,\"moneyRate\":41}"))
					.andReturn()
					.getResponse()
					.getStatus();
			}
			catch (Exception ex) {
				return 500;
			}
		});
		other.get(20, TimeUnit.SECONDS);
		assertThat(mine.get(20, TimeUnit.SECONDS)).isEqualTo(409);
		this.mvc.perform(get(url).with(basic(this.leader)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.casesRate").value(50.00));
		assertThat(
				this.jdbc.queryForObject("select count(*) from target_change where agency_id = ? and stat_year = 2030",
						Integer.class, this.district.id()))
			.isZero();
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
