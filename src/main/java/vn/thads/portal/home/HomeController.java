package vn.thads.portal.home;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import vn.thads.portal.security.PortalUser;
import vn.thads.portal.security.Role;

/**
 * The landing page: an officer starts at their agency's monthly returns (their work), a
 * leader at their agency's dashboard, an administrator at the dashboard of the whole tree
 * ({@code /dashboard} finds it). Plain URLs: nothing depends on the dashboards module.
 */
@Controller
class HomeController {

	@GetMapping("/")
	String home(@AuthenticationPrincipal PortalUser user) {
		if (user.hasRole(Role.OFFICER)) {
			return "redirect:/returns/" + user.getAgencyCode();
		}
		if (user.hasRole(Role.LEADER)) {
			return "redirect:/dashboard/" + user.getAgencyCode();
		}
		return "redirect:/dashboard";
	}

}
