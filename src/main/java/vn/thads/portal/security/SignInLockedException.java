package vn.thads.portal.security;

import java.time.Instant;

import org.springframework.security.authentication.LockedException;

/**
 * A sign-in refused because too many failed from the caller's address (for this username,
 * or for every username): refused before the password is checked, whether the account
 * exists or not. The sign-in page and the API say until when.
 */
public class SignInLockedException extends LockedException {

	private final Instant retryAt;

	public SignInLockedException(Instant retryAt) {
		super("Too many failed sign-ins from this address; retry at " + retryAt);
		this.retryAt = retryAt;
	}

	/** When the lock ends. */
	public Instant getRetryAt() {
		return this.retryAt;
	}

}
