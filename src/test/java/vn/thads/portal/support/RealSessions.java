package vn.thads.portal.support;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

import jakarta.servlet.http.Cookie;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

/**
 * Signs in through the sign-in form as a browser would, and keeps the session cookie: the
 * session is Spring Session's, a row in PostgreSQL, not a mock one, so what happens to
 * that row (a change to the account ends it) happens to the next request.
 */
public final class RealSessions {

	/** The session cookie's name (server.servlet.session.cookie.name). */
	public static final String COOKIE = "JSESSIONID";

	private RealSessions() {
	}

	/** Signs {@code username} in with the demo password; returns the session's cookie. */
	public static Cookie signIn(MockMvc mvc, String username) throws Exception {
		MvcResult result = mvc.perform(formLogin("/login").user(username).password(TestUsers.DEMO_PASSWORD))
			.andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).as("signed in").isEqualTo("/");
		assertThat(result.getResponse().getHeaders("Set-Cookie"))
			.anySatisfy((header) -> assertThat(header).startsWith(COOKIE + "=").contains("HttpOnly", "SameSite=Lax"));
		Cookie[] cookies = Arrays.stream(result.getResponse().getCookies())
			.filter((c) -> c.getName().equals(COOKIE))
			.toArray(Cookie[]::new);
		assertThat(cookies)
			.as("a session cookie among %s, session %s", result.getResponse().getHeaders("Set-Cookie"),
					result.getRequest().getSession(false))
			.isNotEmpty();
		return new Cookie(COOKIE, cookies[cookies.length - 1].getValue());
	}

	/**
	 * A session of {@code username} signed in, for requests that keep something between
	 * them (an upload checked, then confirmed): each request it is applied to carries its
	 * cookie. Signed in already, so that the first request does not change its id (the
	 * protection against session fixation does on a new sign-in).
	 */
	public static <S extends Session> RequestPostProcessor open(SessionRepository<S> sessions, String username) {
		UserDetails user = DemoPrincipals.load(username);
		S session = sessions.createSession();
		session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, new SecurityContextImpl(
				UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities())));
		sessions.save(session);
		Cookie cookie = new Cookie(COOKIE, encoded(session.getId()));
		return (request) -> {
			request.setCookies(cookie);
			return request;
		};
	}

	/** An attribute of the session a response's cookie names (null when none). */
	public static Object attribute(SessionRepository<? extends Session> sessions, MvcResult result, String name) {
		Cookie cookie = result.getResponse().getCookie(COOKIE);
		assertThat(cookie).as("a session cookie").isNotNull();
		String id = new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
		Session session = sessions.findById(id);
		return (session != null) ? session.getAttribute(name) : null;
	}

	private static String encoded(String id) {
		return Base64.getEncoder().encodeToString(id.getBytes(StandardCharsets.UTF_8));
	}

}
