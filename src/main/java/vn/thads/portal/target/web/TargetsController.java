package vn.thads.portal.target.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import vn.thads.portal.agency.AgencyLevel;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.agency.AgencyScope;
import vn.thads.portal.security.PortalUser;
import vn.thads.portal.security.Role;
import vn.thads.portal.shared.InvalidInputException;
import vn.thads.portal.target.AgencyTarget;
import vn.thads.portal.target.TargetSheet;
import vn.thads.portal.target.Targets;
import vn.thads.portal.web.FormErrors;
import vn.thads.portal.web.Formats;

/**
 * The targets page: a leader sets the targets of every agency directly below their own
 * for a statistical year in one form; an administrator first chooses the parent agency.
 */
@Controller
@RequestMapping("/targets")
class TargetsController {

	/** Years offered besides the current one: six back, one ahead. */
	private static final int YEARS_BACK = 6;

	private final Targets targets;

	private final AgencyScope scope;

	private final Formats formats;

	TargetsController(Targets targets, AgencyScope scope, Formats formats) {
		this.targets = targets;
		this.scope = scope;
		this.formats = formats;
	}

	@GetMapping
	String sheet(@RequestParam(required = false) String agency, @RequestParam(required = false) Integer year,
			@AuthenticationPrincipal PortalUser user, Model model) {
		String parent = (agency != null) ? agency : defaultParent(user);
		int statYear = (year != null) ? year : this.targets.currentStatYear();
		TargetSheet sheet = this.targets.sheet(user, parent, statYear);
		model.addAttribute("targetForm", TargetSheetForm.of(sheet, this.formats::decimal));
		return page(sheet, user, model);
	}

	@PostMapping
	String save(@ModelAttribute("targetForm") TargetSheetForm form, BindingResult binding,
			@AuthenticationPrincipal PortalUser user, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			int changed = this.targets.saveSheet(user, form.getAgency(), form.getYear(), form.entries());
			redirect.addFlashAttribute("success", "target.saved");
			redirect.addFlashAttribute("successArgs", new Object[] { changed });
			return "redirect:" + UriComponentsBuilder.fromPath("/targets")
				.queryParam("agency", form.getAgency())
				.queryParam("year", form.getYear())
				.toUriString();
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, binding);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		catch (OptimisticLockingFailureException ex) {
			// the typed values stay on screen; the user reloads to see the other change
			model.addAttribute("failure", "target.stale");
			response.setStatus(HttpStatus.CONFLICT.value());
		}
		return page(this.targets.sheet(user, form.getAgency(), form.getYear()), user, model);
	}

	private String page(TargetSheet sheet, PortalUser user, Model model) {
		model.addAttribute("sheet", sheet);
		Map<String, AgencyTarget> units = sheet.rows()
			.stream()
			.collect(Collectors.toMap((t) -> t.agency().code(), Function.identity()));
		model.addAttribute("units", units);
		int current = this.targets.currentStatYear();
		model.addAttribute("years",
				IntStream.rangeClosed(current - YEARS_BACK, current + 1)
					.boxed()
					.sorted(Comparator.reverseOrder())
					.toList());
		model.addAttribute("parents", parents(user));
		return "target/sheet";
	}

	/** An administrator may open any agency that has units below it. */
	private List<AgencyRef> parents(PortalUser user) {
		if (!user.hasRole(Role.ADMIN)) {
			return List.of();
		}
		return this.scope.visible(user).stream().filter((a) -> a.level() != AgencyLevel.LOCAL).toList();
	}

	private String defaultParent(PortalUser user) {
		return user.hasRole(Role.ADMIN) ? this.scope.top(user).code() : user.getAgencyCode();
	}

}
