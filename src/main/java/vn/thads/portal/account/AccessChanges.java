package vn.thads.portal.account;

import jakarta.persistence.PostUpdate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * JPA's listener of {@link UserAccount}: when an account's row is written with a new
 * enabled switch, role or agency (the entity marks it, whichever service changed it), an
 * {@link AccessChanged} event is published in that transaction ({@link AccountSessions}
 * ends the account's sessions once it has committed). Depends on nothing of the
 * persistence layer, so that the entity manager can be built with it.
 */
@Component
class AccessChanges {

	private final ApplicationEventPublisher events;

	AccessChanges(ApplicationEventPublisher events) {
		this.events = events;
	}

	@PostUpdate
	void written(UserAccount account) {
		if (account.takeAccessChanged()) {
			this.events.publishEvent(new AccessChanged(account.getUsername()));
		}
	}

	/** An account's enabled switch, role or agency changed. */
	record AccessChanged(String username) {

	}

}
