package vn.thads.portal.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How the sign-in form and HTTP Basic check a username and password. A disabled account
 * (switched off, or of a closed agency) is refused exactly like a wrong password
 * (domain.md §1a): Spring Security's default checks "disabled" before the password and
 * throws its own exception, quickly, which tells a caller that the account exists. Here
 * the password is checked first, at the same cost as for any other account, and a
 * disabled account then fails with the same exception and message as a wrong password. An
 * unknown username already does (the provider hides it, and hashes all the same). In
 * front of it, {@link ThrottledAuthentication} refuses locked usernames and addresses
 * without hashing, known and unknown usernames alike.
 */
@Configuration(proxyBeanMethods = false)
class SignInAuthentication {

	@Bean
	AuthenticationProvider portalAuthenticationProvider(UserDetailsService users, PasswordEncoder passwordEncoder,
			SignInThrottle throttle) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users) {

			@Override
			protected void additionalAuthenticationChecks(UserDetails user,
					UsernamePasswordAuthenticationToken authentication) {
				super.additionalAuthenticationChecks(user, authentication);
				if (!user.isEnabled()) {
					throw new BadCredentialsException(this.messages
						.getMessage("AbstractUserDetailsAuthenticationProvider.badCredentials", "Bad credentials"));
				}
			}

		};
		provider.setPasswordEncoder(passwordEncoder);
		// accounts are never locked nor expired; "disabled" waits for the password check
		provider.setPreAuthenticationChecks((user) -> {
		});
		return new ThrottledAuthentication(provider, throttle);
	}

}
