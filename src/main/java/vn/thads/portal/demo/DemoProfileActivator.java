package vn.thads.portal.demo;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.StringUtils;

/**
 * Activates the {@code demo} profile when the portal runs on its embedded database (no
 * {@code spring.datasource.url}), so a newcomer gets demo agencies, accounts and returns
 * from one command; a configured production database never gets demo data unless the
 * profile is asked for. {@code thads.demo.enabled=false} turns it off.
 */
public class DemoProfileActivator implements EnvironmentPostProcessor {

	static final String PROFILE = "demo";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		boolean embedded = !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
		boolean enabled = environment.getProperty("thads.demo.enabled", Boolean.class, true);
		if (embedded && enabled && !environment.matchesProfiles(PROFILE)) {
			environment.addActiveProfile(PROFILE);
		}
	}

}
