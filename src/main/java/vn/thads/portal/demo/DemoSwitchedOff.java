package vn.thads.portal.demo;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import vn.thads.portal.account.UserAdministration;

/**
 * Started with {@code thads.demo.enabled=false} (an embedded database that once held the
 * demo, now used for real): the demo's accounts whose password is still {@code demo} are
 * disabled before the web server starts, so {@code admin}/{@code demo} no longer opens
 * the portal. An account whose password was changed is kept: it has become someone's own.
 * The demo's agencies and figures stay (they may hold real work); an administrator can
 * enable an account again on the users page.
 */
@Component
@ConditionalOnProperty(name = "thads.demo.enabled", havingValue = "false")
class DemoSwitchedOff implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(DemoSwitchedOff.class);

	private final UserAdministration users;

	DemoSwitchedOff(UserAdministration users) {
		this.users = users;
	}

	@Override
	public void afterSingletonsInstantiated() {
		disableDemoAccounts();
	}

	List<String> disableDemoAccounts() {
		List<String> disabled = this.users.disableWithPassword(DemoAccountsAndAgencies.usernames(),
				DemoAccountsAndAgencies.PASSWORD);
		if (!disabled.isEmpty()) {
			log.warn("Demo switched off: {} demo accounts still on the password '{}' disabled", disabled.size(),
					DemoAccountsAndAgencies.PASSWORD);
		}
		return disabled;
	}

}
