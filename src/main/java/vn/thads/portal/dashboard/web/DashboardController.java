package vn.thads.portal.dashboard.web;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

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
 * has not ended leads back to the latest one, with a message saying why. The content is
 * rendered once per data version, day, language and viewer ({@link KeptDashboards}), the
 * layout around it for every request.
 */
@Controller
class DashboardController {

	private final Dashboards dashboards;

	private final DashboardPages pages;

	private final KeptDashboards kept;

	private final RenderedFragment fragments;

	DashboardController(Dashboards dashboards, DashboardPages pages, KeptDashboards kept, RenderedFragment fragments) {
		this.dashboards = dashboards;
		this.pages = pages;
		this.kept = kept;
		this.fragments = fragments;
	}

	@GetMapping("/dashboard")
	String mine(@AuthenticationPrincipal PortalUser user) {
		return "redirect:/dashboard/" + this.dashboards.home(user);
	}

	@GetMapping("/dashboard/{agency}")
	String show(@PathVariable String agency, @RequestParam(required = false) String period,
			@RequestParam(required = false) String basis, @AuthenticationPrincipal PortalUser user, Locale locale,
			Model model, RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
		try {
			model.addAttribute("dashboard", this.kept.get(user, agency, period, basis, locale, () -> {
				DashboardView view = this.dashboards.view(user, agency, period, basis);
				// what the page's loops write, worded once
				Map<String, Object> figures = Map.of("view", view, "page", this.pages.of(view));
				return new KeptDashboards.Rendered(view.agency().shortName(),
						this.fragments.render("dashboard/dashboard :: figures", figures, locale, request, response));
			}));
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
