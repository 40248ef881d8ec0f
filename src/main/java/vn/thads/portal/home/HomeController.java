package vn.thads.portal.home;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import vn.thads.portal.security.PortalUser;

/** The landing page: every user starts at their own agency. */
@Controller
class HomeController {

	@GetMapping("/")
	String home(@AuthenticationPrincipal PortalUser user) {
		return "redirect:/agencies/" + user.getAgencyCode();
	}

}
