package vn.thads.portal.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the sign-in protection ({@link SignInThrottle}).
 *
 * @param failures failed sign-ins of one username from one address before that username
 * is locked for that address
 * @param duration how long the first lock lasts; each repeated lock of the same username
 * and address (or of the same address) lasts twice the one before
 * @param maxDuration the longest a lock lasts, however often repeated
 * @param resetAfter failures and repeated locks are forgotten after this long without a
 * failure
 * @param addressFailures failed sign-ins from one address, whatever the username, within
 * {@code addressWindow} before the address is locked for every username
 * @param addressWindow the window in which {@code addressFailures} are counted
 */
@ConfigurationProperties("thads.security.lock")
public record SignInProtectionProperties(@DefaultValue("5") int failures, @DefaultValue("15m") Duration duration,
		@DefaultValue("24h") Duration maxDuration, @DefaultValue("24h") Duration resetAfter,
		@DefaultValue("30") int addressFailures, @DefaultValue("15m") Duration addressWindow) {

	/** How long the lock after {@code earlierLocks} earlier ones lasts. */
	Duration lockDuration(int earlierLocks) {
		Duration lock = this.duration;
		for (int i = 0; i < earlierLocks && lock.compareTo(this.maxDuration) < 0; i++) {
			lock = lock.multipliedBy(2);
		}
		return (lock.compareTo(this.maxDuration) > 0) ? this.maxDuration : lock;
	}

}
