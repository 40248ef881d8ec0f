package vn.thads.portal.returns.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thads.portal.returns.BulkApproval;
import vn.thads.portal.returns.ReturnView;
import vn.thads.portal.returns.ReturnWorkflow;
import vn.thads.portal.returns.ReviewQueue;
import vn.thads.portal.returns.StaleReturnException;
import vn.thads.portal.security.PortalUser;
import vn.thads.portal.shared.ConflictException;
import vn.thads.portal.shared.InvalidInputException;

/**
 * Leaders' side of the workflow: the queue of submitted returns (approve several at
 * once), and approve / return with a comment / reopen with a reason on one return. Every
 * action carries the version the page showed; a return changed since is shown again with
 * what changed (409), never acted on.
 */
@Controller
class ReturnReviewController {

	private final ReviewQueue queue;

	private final ReturnWorkflow workflow;

	private final EntryPages pages;

	ReturnReviewController(ReviewQueue queue, ReturnWorkflow workflow, EntryPages pages) {
		this.queue = queue;
		this.workflow = workflow;
		this.pages = pages;
	}

	@GetMapping("/returns/queue")
	String queue(@AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("items", this.queue.waiting(user));
		return "returns/queue";
	}

	/**
	 * @param chosen the ticked returns, each as {@code id:version} (the version the queue
	 * showed)
	 */
	@PostMapping("/returns/queue/approve")
	String approveAll(@RequestParam(name = "chosen", required = false) List<String> chosen,
			@AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Map<Long, Long> shown = shown(chosen);
		// refused (403) to anyone but a leader, even with nothing chosen
		BulkApproval done = this.workflow.approveAll(user, shown);
		if (shown.isEmpty()) {
			redirect.addFlashAttribute("failure", "return.queue.noneChosen");
			return "redirect:/returns/queue";
		}
		if (done.refused()) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("changed", done.changed());
			return queue(user, model);
		}
		redirect.addFlashAttribute("success",
				(done.skipped() > 0) ? "return.queue.approvedSome" : "return.queue.approved");
		redirect.addFlashAttribute("successArgs", new Object[] { done.approved(), done.skipped() });
		return "redirect:/returns/queue";
	}

	@PostMapping("/returns/{agency}/{period:\\d{4}-\\d{2}}/approve")
	String approve(@PathVariable String agency, @PathVariable String period,
			@RequestParam(required = false) Long version, @AuthenticationPrincipal PortalUser user, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return act(model, redirect, response, agency, period, "return.approved",
				() -> this.workflow.approve(user, agency, period, version));
	}

	@PostMapping("/returns/{agency}/{period:\\d{4}-\\d{2}}/return")
	String sendBack(@PathVariable String agency, @PathVariable String period,
			@RequestParam(required = false) Long version, @RequestParam(required = false) String comment,
			@AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return act(model, redirect, response, agency, period, "return.sentBack",
				() -> this.workflow.sendBack(user, agency, period, version, comment));
	}

	@PostMapping("/returns/{agency}/{period:\\d{4}-\\d{2}}/reopen")
	String reopen(@PathVariable String agency, @PathVariable String period,
			@RequestParam(required = false) Long version, @RequestParam(required = false) String reason,
			@AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return act(model, redirect, response, agency, period, "return.reopened",
				() -> this.workflow.reopen(user, agency, period, version, reason));
	}

	/**
	 * Runs one transition and goes back to the return with its outcome: a blank comment
	 * or reason, or a return someone else already handled, is a message, not an error
	 * page; a return changed since the page showed it is shown as it is now, with what
	 * changed.
	 */
	private String act(Model model, RedirectAttributes redirect, HttpServletResponse response, String agency,
			String period, String success, Supplier<ReturnView> transition) {
		try {
			ReturnView done = transition.get();
			redirect.addFlashAttribute("success", success);
			redirect.addFlashAttribute("successArgs", new Object[] { done.agency().shortName(),
					done.period().month().getMonthValue(), done.period().month().getYear() });
		}
		catch (StaleReturnException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("page", this.pages.changedSince(ex.current(), ex.changed()));
			return ReturnEntryController.VIEW;
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("failure", ex.getProblems().get(0).code());
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("failure", ex.getCode());
			redirect.addFlashAttribute("failureArgs", ex.getArguments());
		}
		return "redirect:/returns/" + agency.toUpperCase(Locale.ROOT) + "/" + period;
	}

	/**
	 * {@code id:version} pairs; anything else was not sent by the queue and is ignored.
	 */
	private static Map<Long, Long> shown(List<String> chosen) {
		Map<Long, Long> shown = new LinkedHashMap<>();
		for (String pair : (chosen != null) ? chosen : List.<String>of()) {
			String[] parts = pair.split(":", -1);
			if (parts.length == 2 && parts[0].matches("\\d{1,18}") && parts[1].matches("\\d{1,18}")) {
				shown.put(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
			}
		}
		return shown;
	}

}
