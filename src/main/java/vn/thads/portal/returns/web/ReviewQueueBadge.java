package vn.thads.portal.returns.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import vn.thads.portal.returns.ReviewQueue;
import vn.thads.portal.security.PortalUser;
import vn.thads.portal.security.Role;

/**
 * The number of returns waiting for a leader, shown next to "Chờ duyệt" in the menu of
 * every page (two indexed queries); not computed for htmx fragments and the API, which
 * have no menu.
 */
@ControllerAdvice(annotations = Controller.class)
class ReviewQueueBadge {

	private final ReviewQueue queue;

	ReviewQueueBadge(ReviewQueue queue) {
		this.queue = queue;
	}

	@ModelAttribute("reviewQueueCount")
	Long count(@AuthenticationPrincipal PortalUser user,
			@RequestHeader(name = "HX-Request", required = false) String htmx, HttpServletRequest request) {
		// @RestController is a @Controller too: the API has no menu either
		boolean page = htmx == null && !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
		if (user == null || !page || !user.hasRole(Role.LEADER)) {
			return null;
		}
		return this.queue.count(user);
	}

}
