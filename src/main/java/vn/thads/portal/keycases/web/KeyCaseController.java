package vn.thads.portal.keycases.web;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thads.portal.agency.AgencyDirectory;
import vn.thads.portal.keycases.KeyCaseInstruction;
import vn.thads.portal.keycases.KeyCaseRegister;
import vn.thads.portal.keycases.KeyCaseRow;
import vn.thads.portal.keycases.KeyCaseRules;
import vn.thads.portal.keycases.KeyCaseStatus;
import vn.thads.portal.returns.ReturnCategory;
import vn.thads.portal.security.PortalUser;
import vn.thads.portal.shared.InvalidInputException;
import vn.thads.portal.web.FormErrors;

/**
 * A case's page: its figures and next step (officers save them with optimistic locking),
 * its history, the instructions given on it with their follow-up, a leader's flag and
 * "add instruction" form. The parties' names stay hidden until "show names" is pressed,
 * which is a POST so that it is audited and never prefetched.
 */
@Controller
@RequestMapping("/key-cases/{keyCase}")
class KeyCaseController {

	/** Meetings offered for an instruction: this month and the five before. */
	private static final int MEETINGS_OFFERED = 6;

	private final KeyCaseRegister register;

	private final KeyCaseRules rules;

	private final AgencyDirectory directory;

	KeyCaseController(KeyCaseRegister register, KeyCaseRules rules, AgencyDirectory directory) {
		this.register = register;
		this.rules = rules;
		this.directory = directory;
	}

	@GetMapping
	String show(@PathVariable("keyCase") long id, @AuthenticationPrincipal PortalUser user, Model model,
			Locale locale) {
		KeyCaseRow row = this.register.get(user, id);
		model.addAttribute("keyCaseForm", KeyCaseForm.of(row));
		return page(row, user, model, locale);
	}

	@PostMapping("/names")
	String names(@PathVariable("keyCase") long id, @AuthenticationPrincipal PortalUser user, Model model,
			Locale locale) {
		KeyCaseRow row = this.register.caseWithNames(user, id);
		model.addAttribute("keyCaseForm", KeyCaseForm.of(row));
		model.addAttribute("namesShown", true);
		return page(row, user, model, locale);
	}

	@PostMapping
	String save(@PathVariable("keyCase") long id, @ModelAttribute("keyCaseForm") KeyCaseForm form,
			BindingResult binding, @AuthenticationPrincipal PortalUser user, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			if (binding.hasFieldErrors("version")) {
				// a version that is not a number was not read from this case
				throw new OptimisticLockingFailureException("No version read");
			}
			this.register.update(user, id, form.getVersion(), form.entry());
			redirect.addFlashAttribute("success", "keycase.saved");
			return "redirect:/key-cases/" + id;
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, binding);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		catch (OptimisticLockingFailureException ex) {
			// what was typed stays; the saved values are shown beside it to compare
			model.addAttribute("failure", "keycase.stale");
			model.addAttribute("conflict", true);
			response.setStatus(HttpStatus.CONFLICT.value());
		}
		return page(this.register.get(user, id), user, model, locale);
	}

	@PostMapping("/flag")
	String flag(@PathVariable("keyCase") long id, @RequestParam(defaultValue = "true") boolean on,
			@AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
		this.register.flag(user, id, on);
		redirect.addFlashAttribute("success", on ? "keycase.flagged" : "keycase.unflagged");
		return "redirect:/key-cases/" + id;
	}

	@PostMapping("/instructions")
	String instruct(@PathVariable("keyCase") long id, @ModelAttribute("instructionForm") InstructionForm form,
			BindingResult binding, @AuthenticationPrincipal PortalUser user, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			this.register.instruct(user, id, form.getMeeting(), form.getText(), form.getDue());
			redirect.addFlashAttribute("success", "keycase.instructed");
			return "redirect:/key-cases/" + id + "#instructions";
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, binding);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		KeyCaseRow row = this.register.get(user, id);
		model.addAttribute("keyCaseForm", KeyCaseForm.of(row));
		return page(row, user, model, locale);
	}

	@PostMapping("/instructions/{instruction}")
	String followUp(@PathVariable("keyCase") long id, @PathVariable long instruction,
			@RequestParam(required = false) String followUp, @RequestParam(defaultValue = "false") boolean done,
			@AuthenticationPrincipal PortalUser user, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			this.register.followUp(user, id, instruction, followUp, done);
			redirect.addFlashAttribute("success", "keycase.followedUp");
			return "redirect:/key-cases/" + id + "#instructions";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("followUpError", instruction);
			model.addAttribute("followUpText", followUp);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		KeyCaseRow row = this.register.get(user, id);
		model.addAttribute("keyCaseForm", KeyCaseForm.of(row));
		return page(row, user, model, locale);
	}

	private String page(KeyCaseRow row, PortalUser user, Model model, Locale locale) {
		model.addAttribute("row", row);
		model.addAttribute("history", this.register.history(user, row.id()));
		model.addAttribute("rights", this.rules.rights(user, this.directory.getByCode(row.agencyCode())));
		model.addAttribute("officers", this.register.officers(row.agencyCode()));
		model.addAttribute("statuses", KeyCaseStatus.values());
		model.addAttribute("categoryNames",
				this.register.categories()
					.stream()
					.collect(Collectors.toMap(ReturnCategory::code, (c) -> c.name(locale))));
		if (!model.containsAttribute("instructionForm")) {
			InstructionForm form = new InstructionForm();
			// the meeting held now reviews the month that has just ended (domain.md §12)
			form.setMeeting(YearMonth.from(this.rules.today()).minusMonths(1).toString());
			model.addAttribute("instructionForm", form);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "instructionForm",
					new BeanPropertyBindingResult(form, "instructionForm"));
		}
		YearMonth now = YearMonth.from(this.rules.today());
		List<Meeting> meetings = IntStream.range(0, MEETINGS_OFFERED)
			.mapToObj((i) -> now.minusMonths(i))
			.map((m) -> new Meeting(m.toString(), KeyCaseInstruction.label(m)))
			.toList();
		model.addAttribute("meetings", meetings);
		return "keycases/case";
	}

	/** A meeting month offered: {@code 2026-10} sent, {@code 10/2026} shown. */
	record Meeting(String value, String label) {
	}

}
