package vn.thads.portal.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.security.Role;
import vn.thads.portal.support.FullStack;
import vn.thads.portal.support.RealSessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thads.portal.support.TestUsers.session;

/**
 * Brute-force protection of the sign-in form and of HTTP Basic (issue 11): locks per
 * username and address, per address across usernames, kept in PostgreSQL, refused without
 * hashing, the same for unknown usernames; lifted by an ADMIN; audited. Short locks (2 s,
 * doubling up to 8 s) so that expiry is seen; each test comes from addresses of its own.
 */
@FullStack
@TestPropertySource(properties = { "thads.security.lock.failures=5", "thads.security.lock.duration=2s",
		"thads.security.lock.max-duration=8s", "thads.security.lock.address-failures=12",
		"thads.security.lock.address-window=10m" })
class SignInProtectionTests {

	private static final String PASSWORD = "dung-mat-khau";

	private static final String LOCKED_VI = "Đăng nhập sai quá nhiều lần từ địa chỉ này";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAdministration users;

	@Autowired
	UixAgencies agencies;

	@Autowired
	CountingPasswordEncoder hashing;

	@Autowired
	SignInThrottle throttle;

	@Autowired
	UserAuditLog audit;

	@Autowired
	Clock clock;

	@Test
	void fiveWrongPasswordsLockTheUsernameForThatAddressOnly() throws Exception {
		create("sip.lock");
		for (int i = 1; i <= 4; i++) {
			signIn("sip.lock", "sai-" + i, "10.11.1.1").andExpect(redirectedUrl("/login?error"));
		}
		signIn("sip.lock", "sai-5", "10.11.1.1").andExpect(redirectedUrl("/login?locked"));
		MvcResult refused = signIn("sip.lock", PASSWORD, "10.11.1.1").andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?locked"))
			.andReturn();
		this.mvc.perform(get("/login").param("locked", "").cookie(sessionOf(refused)))
			.andExpect(content().string(containsString(LOCKED_VI)))
			.andExpect(content().string(containsString("Hãy thử lại sau")));
		this.mvc.perform(get("/login").param("locked", "").param("lang", "en").cookie(sessionOf(refused)))
			.andExpect(content().string(containsString("Too many failed sign-ins from this address")));
		// the same account from another computer
		signIn("sip.lock", PASSWORD, "10.11.1.2").andExpect(authenticated().withUsername("sip.lock"));
		// the username is counted as typed: another spelling is the same username
		signIn("  SIP.Lock ", PASSWORD, "10.11.1.1").andExpect(redirectedUrl("/login?locked"));
	}

	@Test
	void whileLockedNoPasswordIsHashed() throws Exception {
		create("sip.cpu");
		this.hashing.reset();
		signIn("sip.cpu", "sai", "10.11.2.1").andExpect(redirectedUrl("/login?error"));
		assertThat(this.hashing.count()).isEqualTo(1);
		lock("sip.cpu", "10.11.2.1", 4);
		this.hashing.reset();
		for (int i = 0; i < 20; i++) {
			signIn("sip.cpu", (i % 2 == 0) ? PASSWORD : "sai", "10.11.2.1").andExpect(redirectedUrl("/login?locked"));
			this.mvc.perform(get("/api/v1/agencies").with(httpBasic("sip.cpu", PASSWORD)).with(from("10.11.2.1")))
				.andExpect(status().isTooManyRequests());
		}
		assertThat(this.hashing.count()).isZero();
	}

	@Test
	void anUnknownUsernameCountsAndLocksExactlyLikeAKnownOne() throws Exception {
		create("sip.known");
		List<String> known = attempts("sip.known", "10.11.3.1");
		List<String> unknown = attempts("sip.nobody", "10.11.3.2");
		assertThat(unknown).isEqualTo(known);
		assertThat(known).containsExactly("/login?error 1", "/login?error 1", "/login?error 1", "/login?error 1",
				"/login?locked 1", "/login?locked 0", "/login?locked 0");
		assertThat(this.throttle.current()).extracting(SignInLock::username).contains("sip.known", "sip.nobody");
	}

	@Test
	void theLockEndsAfterItsTimeAndLastsTwiceAsLongWhenRepeated() throws Exception {
		create("sip.grow");
		Instant first = lockTimed("sip.grow", "10.11.4.1", Duration.ofSeconds(2));
		waitUntil(first);
		// expired: counting starts again, and the next lock lasts twice as long
		signIn("sip.grow", "sai", "10.11.4.1").andExpect(redirectedUrl("/login?error"));
		Instant second = lockTimed("sip.grow", "10.11.4.1", Duration.ofSeconds(4), 4);
		signIn("sip.grow", PASSWORD, "10.11.4.1").andExpect(redirectedUrl("/login?locked"));
		waitUntil(second);
		signIn("sip.grow", PASSWORD, "10.11.4.1").andExpect(authenticated().withUsername("sip.grow"));
		assertThat(new SignInProtectionProperties(5, Duration.ofMinutes(15), Duration.ofHours(24), Duration.ofHours(24),
				30, Duration.ofMinutes(15))
			.lockDuration(3)).isEqualTo(Duration.ofMinutes(120));
		assertThat(new SignInProtectionProperties(5, Duration.ofMinutes(15), Duration.ofHours(24), Duration.ofHours(24),
				30, Duration.ofMinutes(15))
			.lockDuration(40)).isEqualTo(Duration.ofHours(24));
	}

	@Test
	void oneAddressIsThrottledAcrossUsernames() throws Exception {
		create("sip.victim");
		for (int i = 1; i <= 11; i++) {
			signIn("sip.spray" + i, "sai", "10.11.5.1").andExpect(redirectedUrl("/login?error"));
		}
		signIn("sip.spray12", "sai", "10.11.5.1").andExpect(redirectedUrl("/login?locked"));
		// every username from that address, right password or not, known or not
		signIn("sip.victim", PASSWORD, "10.11.5.1").andExpect(redirectedUrl("/login?locked"));
		signIn("sip.spray13", "sai", "10.11.5.1").andExpect(redirectedUrl("/login?locked"));
		this.mvc.perform(get("/api/v1/agencies").with(httpBasic("sip.victim", PASSWORD)).with(from("10.11.5.1")))
			.andExpect(status().isTooManyRequests());
		signIn("sip.victim", PASSWORD, "10.11.5.2").andExpect(authenticated());
		assertThat(this.throttle.current())
			.anySatisfy((l) -> assertThat(l).extracting(SignInLock::address, SignInLock::wholeAddress)
				.containsExactly("10.11.5.1", true));
	}

	@Test
	void theApiAnswers429WithRetryAfterWhileLocked() throws Exception {
		create("sip.api");
		for (String username : List.of("sip.api", "sip.api-nobody")) {
			for (int i = 1; i <= 4; i++) {
				api(username, "sai", "10.11.6.1").andExpect(status().isUnauthorized());
			}
			api(username, "sai", "10.11.6.1").andExpect(status().isTooManyRequests());
			api(username, PASSWORD, "10.11.6.1").andExpect(status().isTooManyRequests())
				.andExpect(header().string("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-3]")))
				.andExpect(header().doesNotExist("WWW-Authenticate"))
				.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
				.andExpect(jsonPath("$.status").value(429))
				.andExpect(jsonPath("$.title").value("Tạm khóa đăng nhập"))
				.andExpect(jsonPath("$.detail", containsString(LOCKED_VI)));
		}
		api("sip.api", PASSWORD, "10.11.6.2").andExpect(status().isOk());
	}

	@Test
	void anAdministratorSeesAndLiftsALockAndBothAreAudited() throws Exception {
		create("sip.lift");
		lock("sip.lift", "10.11.7.1", 5);
		this.mvc.perform(get("/admin/users/locks").with(session("ag.lanhdao"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/users/locks").with(session("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tài khoản bị tạm khóa")))
			.andExpect(content().string(containsString("sip.lift")))
			.andExpect(content().string(containsString("10.11.7.1")));
		this.mvc
			.perform(post("/admin/users/locks/lift").param("username", "sip.lift")
				.param("address", "10.11.7.1")
				.with(csrf())
				.with(session("admin")))
			.andExpect(redirectedUrl("/admin/users/locks"));
		signIn("sip.lift", PASSWORD, "10.11.7.1").andExpect(authenticated().withUsername("sip.lift"));
		assertThat(this.throttle.current()).extracting(SignInLock::username).doesNotContain("sip.lift");
		assertThat(this.audit.of("sip.lift")).extracting(UserAuditEntry::action, UserAuditEntry::actor)
			.containsSubsequence(org.assertj.core.groups.Tuple.tuple(UserAuditAction.UNLOCKED, "admin"),
					org.assertj.core.groups.Tuple.tuple(UserAuditAction.LOCKED, "10.11.7.1"));
		this.mvc.perform(get("/admin/users/audit").with(session("admin")))
			.andExpect(content().string(containsString("Tạm khóa đăng nhập")))
			.andExpect(content().string(containsString("Mở khóa đăng nhập")))
			.andExpect(content().string(not(containsString("user.audit."))));
	}

	@Test
	void aDisabledAccountIsRefusedAfterTheSameHashingAsAWrongPassword() throws Exception {
		UserSummary off = create("sip.off");
		create("sip.on");
		this.users.setEnabled(off.id(), false, -1);
		List<Integer> hashes = new ArrayList<>();
		for (String[] attempt : new String[][] { { "sip.on", "sai" }, { "sip.off", PASSWORD }, { "sip.off", "sai" },
				{ "sip.nothere", PASSWORD } }) {
			this.hashing.reset();
			signIn(attempt[0], attempt[1], "10.11.8.1").andExpect(redirectedUrl("/login?error"));
			hashes.add(this.hashing.count());
		}
		assertThat(hashes).containsOnly(1);
	}

	/**
	 * Seven sign-ins with wrong passwords: where each goes, and how many hashes it cost.
	 */
	private List<String> attempts(String username, String address) throws Exception {
		List<String> answers = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			this.hashing.reset();
			MvcResult result = signIn(username, "sai-" + i, address).andExpect(unauthenticated()).andReturn();
			answers.add(result.getResponse().getRedirectedUrl() + " " + this.hashing.count());
		}
		return answers;
	}

	/**
	 * Locks with {@code failures} more wrong passwords, the last one answering "locked".
	 */
	private void lock(String username, String address, int failures) throws Exception {
		for (int i = 1; i < failures; i++) {
			signIn(username, "sai", address).andExpect(redirectedUrl("/login?error"));
		}
		signIn(username, "sai", address).andExpect(redirectedUrl("/login?locked"));
	}

	private Instant lockTimed(String username, String address, Duration expected) throws Exception {
		return lockTimed(username, address, expected, 5);
	}

	/** Locks, and checks that the lock lasts {@code expected}; returns its end. */
	private Instant lockTimed(String username, String address, Duration expected, int failures) throws Exception {
		Instant before = this.clock.instant();
		lock(username, address, failures);
		Instant after = this.clock.instant();
		Instant until = this.throttle.lockedUntil(username, address).orElseThrow();
		assertThat(until).isBetween(before.plus(expected), after.plus(expected));
		return until;
	}

	private void waitUntil(Instant instant) throws InterruptedException {
		Duration left = Duration.between(this.clock.instant(), instant);
		if (!left.isNegative()) {
			Thread.sleep(left.toMillis() + 100);
		}
	}

	private UserSummary create(String username) {
		AgencyRef agency = this.agencies.active();
		return this.users
			.create(new UserCommand(username, "Người dùng " + username, Role.OFFICER, agency.code(), PASSWORD, null));
	}

	private org.springframework.test.web.servlet.ResultActions signIn(String username, String password, String address)
			throws Exception {
		return this.mvc.perform(post("/login").param("username", username)
			.param("password", password)
			.with(csrf())
			.with(from(address)));
	}

	private org.springframework.test.web.servlet.ResultActions api(String username, String password, String address)
			throws Exception {
		return this.mvc.perform(get("/api/v1/agencies").with(httpBasic(username, password)).with(from(address)));
	}

	/** The session the refusal was kept in (Spring Session's, by its cookie). */
	private static Cookie sessionOf(MvcResult result) {
		return result.getResponse().getCookie(RealSessions.COOKIE);
	}

	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	/** The portal's encoder, counting how often a password is checked. */
	static class CountingPasswordEncoder implements PasswordEncoder {

		private final PasswordEncoder delegate = PasswordEncoderFactories.createDelegatingPasswordEncoder();

		private final AtomicInteger matches = new AtomicInteger();

		@Override
		public String encode(CharSequence rawPassword) {
			return this.delegate.encode(rawPassword);
		}

		@Override
		public boolean matches(CharSequence rawPassword, String encodedPassword) {
			this.matches.incrementAndGet();
			return this.delegate.matches(rawPassword, encodedPassword);
		}

		@Override
		public boolean upgradeEncoding(String encodedPassword) {
			return this.delegate.upgradeEncoding(encodedPassword);
		}

		void reset() {
			this.matches.set(0);
		}

		int count() {
			return this.matches.get();
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class CountingPasswords {

		@Bean
		@Primary
		CountingPasswordEncoder countingPasswordEncoder() {
			return new CountingPasswordEncoder();
		}

	}

}
