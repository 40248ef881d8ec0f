package vn.thads.portal.agency.web;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.thads.portal.agency.AgencyDirectory;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.agency.AgencyScope;
import vn.thads.portal.security.PortalUser;

/** An agency's own page: who it is, where it sits in the tree, its units. */
@Controller
class AgencyController {

	private final AgencyDirectory directory;

	private final AgencyScope scope;

	private final Clock clock;

	AgencyController(AgencyDirectory directory, AgencyScope scope, Clock clock) {
		this.directory = directory;
		this.scope = scope;
		this.clock = clock;
	}

	@GetMapping("/agencies/{code}")
	String show(@PathVariable String code, @AuthenticationPrincipal PortalUser user, Model model) {
		AgencyRef agency = this.scope.requireView(user, code);
		model.addAttribute("agency", agency);
		model.addAttribute("today", LocalDate.now(this.clock));
		AgencyRef parent = (agency.parentId() != null) ? this.directory.getById(agency.parentId()) : null;
		model.addAttribute("parent", parent);
		model.addAttribute("parentVisible", parent != null && this.scope.canView(user, parent));
		model.addAttribute("children", this.directory.children(agency));
		model.addAttribute("predecessors", this.directory.predecessors(agency));
		return "agency/show";
	}

}
