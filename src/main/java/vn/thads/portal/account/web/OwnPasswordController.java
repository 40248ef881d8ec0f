package vn.thads.portal.account.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thads.portal.account.UserAdministration;
import vn.thads.portal.security.PortalUser;
import vn.thads.portal.shared.InvalidInputException;
import vn.thads.portal.web.FormErrors;

/** Every user changes their own password here (after an administrator's reset, say). */
@Controller
class OwnPasswordController {

	private final UserAdministration users;

	OwnPasswordController(UserAdministration users) {
		this.users = users;
	}

	@GetMapping("/account/password")
	String form(Model model) {
		model.addAttribute("passwordForm", new PasswordForm());
		return "account/password";
	}

	@PostMapping("/account/password")
	String change(@ModelAttribute PasswordForm passwordForm, BindingResult binding,
			@AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
		try {
			this.users.changeOwnPassword(user.getId(), passwordForm.getCurrent(), passwordForm.getNewPassword(),
					passwordForm.getConfirmation());
			redirect.addFlashAttribute("success", "password.changed");
			return "redirect:/";
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, binding);
			return "account/password";
		}
	}

}
