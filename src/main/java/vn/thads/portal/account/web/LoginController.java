package vn.thads.portal.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.thads.portal.security.SignInLockedException;

@Controller
class LoginController {

	@GetMapping("/login")
	String login(HttpServletRequest request, Model model) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		boolean signedIn = authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
		if (signedIn) {
			return "redirect:/";
		}
		// a lock says until when (the same for any username, existing or not)
		HttpSession session = request.getSession(false);
		if (session != null && session
			.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof SignInLockedException locked) {
			model.addAttribute("retryAt", locked.getRetryAt());
		}
		return "account/login";
	}

}
