package vn.thads.portal.account;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.thads.portal.account.AccessChanges.AccessChanged;

/**
 * Ends an account's sessions when it is disabled, or its role or agency changes: a
 * session keeps the role and agency it was signed in with, so it must not outlive them.
 * The one place for every path (the users' page, the import, the move of a closed
 * agency's accounts): the entity marks the change ({@link UserAccount}), its listener
 * publishes it when the row is written ({@link AccessChanges}), and once the transaction
 * has committed the sessions, rows in PostgreSQL (Spring Session JDBC), are deleted by
 * user name. A change rolled back ends nothing. The next request of an ended session goes
 * to the sign-in page.
 */
@Component
class AccountSessions {

	private static final Logger logger = LoggerFactory.getLogger(AccountSessions.class);

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	AccountSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void end(AccessChanged change) {
		Set<String> open = this.sessions.findByPrincipalName(change.username()).keySet();
		open.forEach(this.sessions::deleteById);
		if (!open.isEmpty()) {
			logger.info("Ended {} session(s) of {}: enabled, role or agency changed", open.size(), change.username());
		}
	}

}
