package vn.thads.portal.stats.api;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thads.portal.security.PortalUser;
import vn.thads.portal.stats.Statistics;
import vn.thads.portal.stats.UnitBreakdown;

/**
 * {@code GET /api/v1/stats/{agency}/{period}} and {@code …/units} (api.md, Statistics).
 */
@RestController
@RequestMapping("/api/v1/stats/{agency}/{period}")
class StatsApiController {

	private final Statistics statistics;

	StatsApiController(Statistics statistics) {
		this.statistics = statistics;
	}

	@GetMapping
	StatsJson stats(@PathVariable String agency, @PathVariable String period,
			@RequestParam(required = false) String basis, @AuthenticationPrincipal PortalUser user) {
		return StatsJson.of(this.statistics.stats(user, agency, period, basis),
				this.statistics.categories(user, agency, period, basis),
				this.statistics.companions(user, agency, period, basis));
	}

	/** The agency's own return alone first, then one row per direct unit. */
	@GetMapping("/units")
	List<StatsJson> units(@PathVariable String agency, @PathVariable String period,
			@RequestParam(required = false) String basis, @AuthenticationPrincipal PortalUser user) {
		UnitBreakdown breakdown = this.statistics.units(user, agency, period, basis);
		List<StatsJson> rows = new ArrayList<>();
		breakdown.units().forEach((row) -> rows.add(StatsJson.of(row)));
		return rows;
	}

}
