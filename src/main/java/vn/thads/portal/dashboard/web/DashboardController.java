package vn.thads.portal.dashboard.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thads.portal.dashboard.DashboardView;
import vn.thads.portal.dashboard.Dashboards;
import vn.thads.portal.security.PortalUser;
import vn.thads.portal.shared.FieldProblem;
import vn.thads.portal.shared.InvalidInputException;

/**
 * {@code /dashboard}: the user's own dashboard; {@code /dashboard/{agency}} any agency in
 * scope ({@code ?period=YYYY-MM}, {@code &basis=approved}). A period that is malformed or
 * has not ended leads back to the latest one, with a message saying why.
 */
@Controller
class DashboardController {

	private final Dashboards dashboards;

	private final DashboardPages pages;

	DashboardController(Dashboards dashboards, DashboardPages pages) {
		this.dashboards = dashboards;
		this.pages = pages;
	}

	@GetMapping("/dashboard")
	String mine(@AuthenticationPrincipal PortalUser user) {
		return "redirect:/dashboard/" + this.dashboards.home(user);
	}

	@GetMapping("/dashboard/{agency}")
	String show(@PathVariable String agency, @RequestParam(required = false) String period,
			@RequestParam(required = false) String basis, @AuthenticationPrincipal PortalUser user, Model model,
			RedirectAttributes redirect) {
		try {
			DashboardView view = this.dashboards.view(user, agency, period, basis);
			model.addAttribute("view", view);
			// what the page's loops write, worded once
			model.addAttribute("page", this.pages.of(view));
			return "dashboard/dashboard";
		}
		catch (InvalidInputException ex) {
			FieldProblem problem = ex.getProblems().get(0);
			redirect.addFlashAttribute("failure", problem.code());
			redirect.addFlashAttribute("failureArgs", problem.argumentArray());
			return "redirect:/dashboard/" + agency;
		}
	}

}
