package vn.thads.portal.support;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Signs requests in as demo accounts: the real {@code UserDetailsService} loads them, so
 * role and agency are exactly those of the demo data.
 */
public final class TestUsers {

	public static final String DEMO_PASSWORD = "demo";

	private TestUsers() {
	}

	/** HTTP Basic credentials, as the API's clients send them. */
	public static RequestPostProcessor basic(String username) {
		return httpBasic(username, DEMO_PASSWORD);
	}

	/** A signed-in page session of the given demo account. */
	public static RequestPostProcessor session(String username) {
		return (request) -> user(DemoPrincipals.load(username)).postProcessRequest(request);
	}

}
