package vn.thads.portal.meeting.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.keycases.KeyCaseInstruction;
import vn.thads.portal.meeting.MeetingConclusion;
import vn.thads.portal.meeting.MeetingConclusions;
import vn.thads.portal.meeting.MeetingPackAssembler;
import vn.thads.portal.period.ReportingPeriod;
import vn.thads.portal.security.PortalUser;
import vn.thads.portal.shared.InvalidInputException;
import vn.thads.portal.web.FormErrors;

/**
 * {@code /meetings/AG/2026-10/decisions}: the conclusions of a meeting, entered after it
 * by the agency's leaders (or an administrator): one line per decision with who is
 * responsible, by when and what became of it. A problem is shown on its field with what
 * was typed kept (422); saving over a newer save is refused with the input kept (409).
 */
@Controller
@RequestMapping("/meetings/{agency}/{period:\\d{4}-\\d{2}}/decisions")
class DecisionsController {

	private final MeetingPackAssembler packs;

	private final MeetingConclusions conclusions;

	DecisionsController(MeetingPackAssembler packs, MeetingConclusions conclusions) {
		this.packs = packs;
		this.conclusions = conclusions;
	}

	@GetMapping
	String show(@PathVariable String agency, @PathVariable String period, @AuthenticationPrincipal PortalUser user,
			Model model) {
		Target target = target(user, agency, period);
		MeetingConclusion conclusion = this.conclusions.of(target.agency(), target.period().month());
		model.addAttribute("decisionsForm", DecisionsForm.of(conclusion));
		return page(target, conclusion, model);
	}

	@PostMapping
	String save(@PathVariable String agency, @PathVariable String period,
			@ModelAttribute("decisionsForm") DecisionsForm form, BindingResult binding,
			@AuthenticationPrincipal PortalUser user, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Target target = target(user, agency, period);
		try {
			if (binding.hasFieldErrors("version")) {
				throw new OptimisticLockingFailureException("No version read");
			}
			this.conclusions.save(user, target.agency(), target.period().month(), form.getVersion(), form.entries());
			redirect.addFlashAttribute("success", "meeting.decisions.saved");
			return "redirect:/meetings/" + target.agency().code() + "/" + target.period().code() + "/decisions";
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, binding);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		catch (OptimisticLockingFailureException ex) {
			model.addAttribute("failure", "meeting.decisions.stale");
			model.addAttribute("conflict", true);
			response.setStatus(HttpStatus.CONFLICT.value());
		}
		return page(target, this.conclusions.of(target.agency(), target.period().month()), model);
	}

	private String page(Target target, MeetingConclusion saved, Model model) {
		model.addAttribute("agency", target.agency());
		model.addAttribute("period", target.period());
		model.addAttribute("saved", saved);
		model.addAttribute("meetingLabel", KeyCaseInstruction.label(target.period().month()));
		return "meeting/decisions";
	}

	/**
	 * The agency in scope whose leaders may enter, and an ended month.
	 * @throws AccessDeniedException otherwise (403)
	 */
	private Target target(PortalUser user, String agencyCode, String periodCode) {
		AgencyRef agency = this.packs.agency(user, agencyCode);
		if (!this.conclusions.canEnter(user, agency)) {
			throw new AccessDeniedException("Only the agency's leaders enter its meeting's conclusions");
		}
		ReportingPeriod period = this.packs.period(periodCode);
		return new Target(agency.asOn(period.to()), period);
	}

	private record Target(AgencyRef agency, ReportingPeriod period) {

	}

}
