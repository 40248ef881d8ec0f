package vn.thads.portal.planner.api;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thads.portal.planner.SprintPlanner;
import vn.thads.portal.security.PortalUser;

/**
 * {@code GET /api/v1/planner/{agency}/{period}} (api.md, "Planner and key cases"), with
 * the statistics' scope and optional {@code ?basis=approved}.
 */
@RestController
class PlannerApiController {

	private final SprintPlanner planner;

	PlannerApiController(SprintPlanner planner) {
		this.planner = planner;
	}

	@GetMapping("/api/v1/planner/{agency}/{period}")
	PlannerJson plan(@PathVariable String agency, @PathVariable String period,
			@RequestParam(required = false) String basis, @AuthenticationPrincipal PortalUser user) {
		return PlannerJson.of(this.planner.plan(user, agency, period, basis));
	}

}
