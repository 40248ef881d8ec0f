package vn.thads.portal.returns;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * A workflow action or a save on a version of a return that is no longer the stored one
 * (409): it carries the return as it is now and what changed since the version the user
 * saw, so that nobody approves figures they did not see.
 */
public class StaleReturnException extends OptimisticLockingFailureException {

	private final transient ReturnView current;

	private final transient ChangesSince changed;

	StaleReturnException(ReturnView current, ChangesSince changed) {
		super("Return " + current.id() + " is at version " + changed.current() + ", not " + changed.shown());
		this.current = current;
		this.changed = changed;
	}

	public ReturnView current() {
		return this.current;
	}

	public ChangesSince changed() {
		return this.changed;
	}

}
