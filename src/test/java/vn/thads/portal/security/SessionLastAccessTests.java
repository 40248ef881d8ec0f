package vn.thads.portal.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.thads.portal.support.FullStack;
import vn.thads.portal.support.RealSessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A session's last access is written at most once a minute (SessionConfiguration): a page
 * within the minute writes nothing, a page a minute or more after the last access written
 * moves it and the session's expiry, and a session that has been inactive for longer than
 * its timeout has ended.
 */
@FullStack
class SessionLastAccessTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	private long lastAccess(Cookie session) {
		return this.jdbc.queryForObject("select last_access_time from spring_session where session_id = ?", Long.class,
				id(session));
	}

	private static String id(Cookie session) {
		return new String(Base64.getDecoder().decode(session.getValue()), StandardCharsets.UTF_8);
	}

	private void moveBack(Cookie session, long millis) {
		this.jdbc.update("""
				update spring_session set last_access_time = last_access_time - ?, expiry_time = expiry_time - ?
				where session_id = ?""", millis, millis, id(session));
	}

	@Test
	void theLastAccessIsWrittenAtMostOnceAMinute() throws Exception {
		Cookie session = RealSessions.signIn(this.mvc, "ag.lanhdao");
		moveBack(session, 30_000);
		long written = lastAccess(session);
		this.mvc.perform(get("/returns/queue").cookie(session)).andExpect(status().isOk());
		assertThat(lastAccess(session)).as("within the minute: not written").isEqualTo(written);

		moveBack(session, 40_000);
		long before = System.currentTimeMillis();
		this.mvc.perform(get("/returns/queue").cookie(session)).andExpect(status().isOk());
		assertThat(lastAccess(session)).as("70 s after: written").isGreaterThanOrEqualTo(before);
		Long expiry = this.jdbc.queryForObject("select expiry_time from spring_session where session_id = ?",
				Long.class, id(session));
		assertThat(expiry).isGreaterThanOrEqualTo(before + 29 * 60_000);
	}

	@Test
	void aSessionInactiveForLongerThanItsTimeoutHasEnded() throws Exception {
		Cookie session = RealSessions.signIn(this.mvc, "ag.lanhdao");
		this.mvc.perform(get("/returns/queue").cookie(session)).andExpect(status().isOk());
		moveBack(session, 31 * 60_000);
		this.mvc.perform(get("/returns/queue").cookie(session)).andExpect(status().is3xxRedirection());
	}

}
