package vn.thads.portal.returns.web;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.thads.portal.returns.ReturnHistory;
import vn.thads.portal.returns.ReturnYear;
import vn.thads.portal.security.PortalUser;

/**
 * "My returns": the twelve months of an agency's statistical year with status, due date
 * and lateness; and the history of one return.
 */
@Controller
class ReturnYearController {

	private final ReturnYear years;

	private final ReturnHistory history;

	ReturnYearController(ReturnYear years, ReturnHistory history) {
		this.years = years;
		this.history = history;
	}

	@GetMapping("/returns")
	String mine(@AuthenticationPrincipal PortalUser user) {
		return "redirect:/returns/" + user.getAgencyCode();
	}

	@GetMapping("/returns/{agency}")
	String year(@PathVariable String agency, @RequestParam(required = false) Integer year,
			@AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("overview", this.years.overview(user, agency, year));
		return "returns/year";
	}

	@GetMapping("/returns/{agency}/{period:\\d{4}-\\d{2}}/history")
	String history(@PathVariable String agency, @PathVariable String period, @AuthenticationPrincipal PortalUser user,
			Model model) {
		model.addAttribute("history", this.history.of(user, agency, period));
		return "returns/history";
	}

	/**
	 * Keeps the session of an entry page with unsaved typing alive (called by
	 * returns-entry.js), so a long session of typing is not lost to the timeout.
	 */
	@GetMapping("/returns/keepalive")
	ResponseEntity<Void> keepAlive() {
		return ResponseEntity.noContent().build();
	}

}
