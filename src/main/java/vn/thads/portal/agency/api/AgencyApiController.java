package vn.thads.portal.agency.api;

import java.time.LocalDate;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.thads.portal.agency.AgencyLevel;
import vn.thads.portal.agency.AgencyScope;
import vn.thads.portal.security.PortalUser;

/**
 * {@code GET /api/v1/agencies}: the agencies in the caller's scope (api.md, Agencies).
 */
@RestController
@RequestMapping("/api/v1/agencies")
class AgencyApiController {

	private final AgencyScope scope;

	AgencyApiController(AgencyScope scope) {
		this.scope = scope;
	}

	@GetMapping
	List<AgencyJson> list(@AuthenticationPrincipal PortalUser user) {
		return this.scope.visible(user)
			.stream()
			.map((a) -> new AgencyJson(a.code(), a.name(), a.level(), a.parentCode(), a.validFrom(), a.validTo()))
			.toList();
	}

	record AgencyJson(String code, String name, AgencyLevel level, String parentCode, LocalDate validFrom,
			LocalDate validTo) {
	}

}
