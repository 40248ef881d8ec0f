package vn.thads.portal.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * The page sessions are Spring Session's, kept in PostgreSQL (docs/security.md,
 * Sessions). Their cookie is set here, not by the servlet container, so its name and
 * flags are stated: {@code JSESSIONID} as before (sign-out deletes it), not readable by
 * scripts, not sent by other sites' forms, and only over HTTPS when the request came so.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

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
