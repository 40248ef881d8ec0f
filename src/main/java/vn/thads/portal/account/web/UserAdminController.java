package vn.thads.portal.account.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thads.portal.account.UserAdministration;
import vn.thads.portal.account.UserSummary;
import vn.thads.portal.security.PortalUser;
import vn.thads.portal.security.Role;
import vn.thads.portal.shared.InvalidInputException;
import vn.thads.portal.web.FormErrors;

/** Administration of users (ADMIN only, enforced for all of /admin/**). */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

	private final UserAdministration users;

	UserAdminController(UserAdministration users) {
		this.users = users;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("roles", Role.values());
		model.addAttribute("agencies", this.users.agencyChoices(null));
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Role role,
			@RequestParam(required = false) String status, Model model) {
		// "disabled" lists every account that cannot sign in: switched off, or of a
		// closed agency
		Boolean active = switch ((status != null) ? status : "") {
			case "active" -> true;
			case "disabled" -> false;
			default -> null;
		};
		model.addAttribute("users", this.users.search(q, role, active));
		model.addAttribute("q", q);
		model.addAttribute("role", role);
		model.addAttribute("status", (active != null) ? status : "");
		return "account/users";
	}

	@GetMapping("/new")
	String newUser(Model model) {
		model.addAttribute("userForm", new UserForm());
		return "account/user-form";
	}

	@PostMapping("/new")
	String create(@ModelAttribute UserForm userForm, BindingResult binding, RedirectAttributes redirect) {
		try {
			UserSummary created = this.users.create(userForm.toCommand());
			redirect.addFlashAttribute("success", "user.created");
			redirect.addFlashAttribute("successArgs", new Object[] { created.username() });
			return "redirect:/admin/users";
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, binding);
			return "account/user-form";
		}
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		UserSummary user = this.users.get(id);
		model.addAttribute("user", user);
		model.addAttribute("userForm", UserForm.of(user));
		model.addAttribute("agencies", this.users.agencyChoices(user.agencyCode()));
		return "account/user-form";
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @ModelAttribute UserForm userForm, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		UserSummary user = this.users.get(id);
		try {
			this.users.update(id, userForm.toCommand());
			redirect.addFlashAttribute("success", "user.updated");
			redirect.addFlashAttribute("successArgs", new Object[] { user.username() });
			return "redirect:/admin/users";
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, binding);
			model.addAttribute("user", user);
			model.addAttribute("agencies", this.users.agencyChoices(user.agencyCode()));
			return "account/user-form";
		}
	}

	@PostMapping("/{id}/enabled")
	String setEnabled(@PathVariable long id, @RequestParam boolean enabled, @AuthenticationPrincipal PortalUser admin,
			RedirectAttributes redirect) {
		UserSummary user = this.users.get(id);
		try {
			this.users.setEnabled(id, enabled, admin.getId());
			redirect.addFlashAttribute("success", enabled ? "user.enabled" : "user.disabled");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("failure", ex.getProblems().get(0).code());
			redirect.addFlashAttribute("failureArgs", ex.getProblems().get(0).argumentArray());
		}
		redirect.addFlashAttribute("successArgs", new Object[] { user.username() });
		return "redirect:/admin/users";
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable long id, RedirectAttributes redirect) {
		UserSummary user = this.users.get(id);
		String password = this.users.resetPassword(id);
		redirect.addFlashAttribute("success", "user.passwordReset");
		redirect.addFlashAttribute("successArgs", new Object[] { user.username(), password });
		return "redirect:/admin/users";
	}

}
