package vn.thads.portal.support;

import org.springframework.beans.BeansException;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Loads a demo account's principal through the portal's own {@link UserDetailsService};
 * registered in the test context by {@code TestConfiguration}.
 */
@Component
public class DemoPrincipals implements ApplicationContextAware {

	/** Set by a test context running on a database of its own. */
	public static final String OWN_DATABASE = "thads.test.own-database";

	private static ApplicationContext context;

	@Override
	public void setApplicationContext(ApplicationContext applicationContext) throws BeansException {
		// a context on a database of its own (thads.test.own-database) has none of the
		// demo accounts: it signs its users in by itself
		if (!applicationContext.getEnvironment().getProperty(OWN_DATABASE, Boolean.class, false)) {
			context = applicationContext;
		}
	}

	public static UserDetails load(String username) {
		return context.getBean(UserDetailsService.class).loadUserByUsername(username);
	}

}
