package vn.thads.portal.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * The page sessions are Spring Session's, kept in PostgreSQL (docs/security.md,
 * Sessions). Their cookie is set here, not by the servlet container, so its name and
 * flags are stated: {@code JSESSIONID} as before (sign-out deletes it), not readable by
 * scripts, not sent by other sites' forms, and only over HTTPS when the request came so.
 * <p>
 * A session's last access is written at most once a minute: Spring Session JDBC updates
 * the session's row at the end of every request that touched it (its last access time),
 * which made each page a write transaction of PostgreSQL (docs/benchmarks.md, "Server
 * time"). Its documented hook for the SQL it runs ({@code setUpdateSessionQuery}, through
 * a {@link SessionRepositoryCustomizer}) is given the same update with one more
 * condition: the row changes when the session's id, timeout or principal changed, or when
 * its last access written is a minute old or more. A session may so end up to a minute
 * before its 30 minutes of inactivity.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

	/**
	 * The parameters in the order Spring Session binds them: session id, last access,
	 * timeout, expiry, principal, primary id.
	 */
	static final String UPDATE_SESSION_AT_MOST_ONCE_A_MINUTE = """
			UPDATE %TABLE_NAME% S
			SET SESSION_ID = V.SESSION_ID, LAST_ACCESS_TIME = V.LAST_ACCESS_TIME,
			MAX_INACTIVE_INTERVAL = V.MAX_INACTIVE_INTERVAL, EXPIRY_TIME = V.EXPIRY_TIME, PRINCIPAL_NAME = V.PRINCIPAL_NAME
			FROM (VALUES (?, CAST(? AS BIGINT), CAST(? AS INTEGER), CAST(? AS BIGINT), CAST(? AS VARCHAR), ?))
			AS V (SESSION_ID, LAST_ACCESS_TIME, MAX_INACTIVE_INTERVAL, EXPIRY_TIME, PRINCIPAL_NAME, PRIMARY_ID)
			WHERE S.PRIMARY_ID = V.PRIMARY_ID
			AND (S.SESSION_ID <> V.SESSION_ID OR S.MAX_INACTIVE_INTERVAL <> V.MAX_INACTIVE_INTERVAL
			OR S.PRINCIPAL_NAME IS DISTINCT FROM V.PRINCIPAL_NAME OR V.LAST_ACCESS_TIME >= S.LAST_ACCESS_TIME + 60000)
			""";

	/**
	 * After Spring Boot's customizer (the highest precedence), which resets the queries.
	 */
	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> lastAccessAtMostOnceAMinute() {
		return (repository) -> repository.setUpdateSessionQuery(UPDATE_SESSION_AT_MOST_ONCE_A_MINUTE);
	}

	@Bean
	CookieSerializer sessionCookie(@Value("${server.servlet.session.cookie.name:JSESSIONID}") String name) {
		DefaultCookieSerializer cookie = new DefaultCookieSerializer();
		cookie.setCookieName(name);
		cookie.setUseHttpOnlyCookie(true);
		cookie.setSameSite("Lax");
		cookie.setCookiePath("/");
		return cookie;
	}

}
