package vn.thads.portal.account;

import java.time.Instant;
import java.util.Optional;

import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import vn.thads.portal.security.SignInLockedException;

/**
 * The sign-in of the form and of HTTP Basic behind {@link SignInThrottle}: while the
 * username (or the whole address) is locked for the caller's address, the attempt is
 * refused before any password is hashed, so that guessing burns no CPU; a wrong password
 * (or an unknown username: the provider refuses it the same way) is counted, and the
 * failure that reaches the limit already answers "locked".
 */
class ThrottledAuthentication implements AuthenticationProvider {

	/** The address counted when the request's is not known (never from the web). */
	static final String UNKNOWN_ADDRESS = "unknown";

	private final AuthenticationProvider passwords;

	private final SignInThrottle throttle;

	ThrottledAuthentication(AuthenticationProvider passwords, SignInThrottle throttle) {
		this.passwords = passwords;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		try {
			return guarded(authentication);
		}
		catch (DataAccessException ex) {
			// the database is out of reach: what the provider says when it cannot load a
			// user
			throw new InternalAuthenticationServiceException("Sign-in counts unavailable", ex);
		}
	}

	private Authentication guarded(Authentication authentication) {
		String username = authentication.getName();
		String address = address(authentication);
		Optional<Instant> locked = this.throttle.lockedUntil(username, address);
		if (locked.isPresent()) {
			throw new SignInLockedException(locked.get());
		}
		Authentication result;
		try {
			result = this.passwords.authenticate(authentication);
		}
		catch (BadCredentialsException ex) {
			Optional<Instant> lock = this.throttle.failed(username, address);
			if (lock.isPresent()) {
				throw new SignInLockedException(lock.get());
			}
			throw ex;
		}
		if (result != null) {
			this.throttle.succeeded(username, address);
		}
		return result;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return this.passwords.supports(authentication);
	}

	private static String address(Authentication authentication) {
		if (authentication.getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null) {
			return details.getRemoteAddress();
		}
		return UNKNOWN_ADDRESS;
	}

}
