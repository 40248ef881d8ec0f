package vn.thads.portal.account;

import java.util.Locale;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thads.portal.agency.AgencyDirectory;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.period.ReportingCalendar;
import vn.thads.portal.security.PortalUser;

/**
 * Loads the signed-in user for the sign-in form and for HTTP Basic. An account is enabled
 * when its switch is on and its agency has not closed: the accounts of the agencies
 * closed by the 2025 reorganisation stop at the switch by themselves (domain.md §1a), and
 * {@link SignInAuthentication} refuses them exactly like a wrong password.
 */
@Service
@Transactional(readOnly = true)
class PortalUserDetailsService implements UserDetailsService {

	private final UserAccountRepository users;

	private final AgencyDirectory agencies;

	private final ReportingCalendar calendar;

	PortalUserDetailsService(UserAccountRepository users, AgencyDirectory agencies, ReportingCalendar calendar) {
		this.users = users;
		this.agencies = agencies;
		this.calendar = calendar;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		String normalized = (username != null) ? username.trim().toLowerCase(Locale.ROOT) : "";
		UserAccount account = this.users.findByUsername(normalized)
			.orElseThrow(() -> new UsernameNotFoundException("No user " + normalized));
		AgencyRef agency = this.agencies.getById(account.getAgencyId());
		return new PortalUser(account.getId(), account.getUsername(), account.getDisplayName(), account.getRole(),
				agency.id(), agency.code(), agency.name(),
				account.isEnabled() && !agency.isClosedOn(this.calendar.today()), account.getPasswordHash());
	}

}
