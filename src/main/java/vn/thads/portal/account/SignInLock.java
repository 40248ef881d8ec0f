package vn.thads.portal.account;

import java.time.Instant;

/**
 * A lock in force on sign-ins from one address.
 *
 * @param username the username locked for that address, null when the address is locked
 * for every username
 * @param locks how many times this lock has been set (each one lasts twice the one
 * before)
 */
public record SignInLock(String username, String address, int locks, Instant lockedUntil) {

	/** Whether the whole address is locked, whatever the username. */
	public boolean wholeAddress() {
		return this.username == null;
	}

}
