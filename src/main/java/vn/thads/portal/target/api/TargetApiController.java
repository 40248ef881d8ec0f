package vn.thads.portal.target.api;

import java.math.BigDecimal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.thads.portal.security.PortalUser;
import vn.thads.portal.target.AgencyTarget;
import vn.thads.portal.target.Targets;

/**
 * {@code GET/PUT /api/v1/targets/{agency}/{statYear}} (api.md, Targets).
 */
@RestController
@RequestMapping("/api/v1/targets/{agency}/{statYear}")
class TargetApiController {

	private final Targets targets;

	TargetApiController(Targets targets) {
		this.targets = targets;
	}

	@GetMapping
	TargetJson get(@PathVariable String agency, @PathVariable int statYear, @AuthenticationPrincipal PortalUser user) {
		return TargetJson.of(this.targets.get(user, agency, statYear));
	}

	@PutMapping
	TargetJson put(@PathVariable String agency, @PathVariable int statYear, @RequestBody TargetJson body,
			@AuthenticationPrincipal PortalUser user) {
		return TargetJson
			.of(this.targets.set(user, agency, statYear, body.casesRate(), body.moneyRate(), body.version()));
	}

	/**
	 * The API's target object; {@code agencyCode} and {@code statYear} of a PUT body are
	 * taken from the path. {@code version} (added) lets a client refuse a stale write.
	 */
	record TargetJson(String agencyCode, Integer statYear, BigDecimal casesRate, BigDecimal moneyRate, Long version) {

		static TargetJson of(AgencyTarget target) {
			return new TargetJson(target.agency().code(), target.statYear(), target.rates().casesRate(),
					target.rates().moneyRate(), target.version());
		}

	}

}
