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

	private static ApplicationContext context;

	@Override
	public void setApplicationContext(ApplicationContext applicationContext) throws BeansException {
		context = applicationContext;
	}

	public static UserDetails load(String username) {
		return context.getBean(UserDetailsService.class).loadUserByUsername(username);
	}

}
