package vn.thads.portal.account.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thads.portal.account.SignInThrottle;
import vn.thads.portal.security.PortalUser;

/**
 * "Tài khoản bị tạm khóa": the locks that too many failed sign-ins set on a username for
 * one address, or on a whole address; the ADMIN lifts them (audited).
 */
@Controller
@RequestMapping("/admin/users/locks")
class SignInLockController {

	private final SignInThrottle throttle;

	SignInLockController(SignInThrottle throttle) {
		this.throttle = throttle;
	}

	@GetMapping
	String locks(Model model) {
		model.addAttribute("locks", this.throttle.current());
		return "account/sign-in-locks";
	}

	@PostMapping("/lift")
	String lift(@RequestParam(required = false) String username, @RequestParam String address,
			@AuthenticationPrincipal PortalUser admin, RedirectAttributes redirect) {
		String account = (username != null && !username.isBlank()) ? username : null;
		if (this.throttle.lift(account, address, admin.getUsername())) {
			redirect.addFlashAttribute("success",
					(account != null) ? "signIn.lock.lifted" : "signIn.lock.liftedAddress");
			redirect.addFlashAttribute("successArgs", new Object[] { account, address });
		}
		else {
			redirect.addFlashAttribute("failure", "signIn.lock.gone");
		}
		return "redirect:/admin/users/locks";
	}

}
