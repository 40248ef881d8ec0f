package vn.thads.portal.returns.web;

import java.util.List;

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
import vn.thads.portal.security.PortalUser;
import vn.thads.portal.shared.ConflictException;
import vn.thads.portal.shared.InvalidInputException;

/**
 * Leaders' side of the workflow: the queue of submitted returns (approve several at
 * once), and approve / return with a comment / reopen with a reason on one return.
 */
@Controller
class ReturnReviewController {

	private final ReviewQueue queue;

	private final ReturnWorkflow workflow;

	ReturnReviewController(ReviewQueue queue, ReturnWorkflow workflow) {
		this.queue = queue;
		this.workflow = workflow;
	}

	@GetMapping("/returns/queue")
	String queue(@AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("items", this.queue.waiting(user));
		return "returns/queue";
	}

	@PostMapping("/returns/queue/approve")
	String approveAll(@RequestParam(name = "ids", required = false) List<Long> ids,
			@AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
		if (ids == null || ids.isEmpty()) {
			redirect.addFlashAttribute("failure", "return.queue.noneChosen");
			return "redirect:/returns/queue";
		}
		BulkApproval done = this.workflow.approveAll(user, ids);
		redirect.addFlashAttribute("success",
				(done.skipped() > 0) ? "return.queue.approvedSome" : "return.queue.approved");
		redirect.addFlashAttribute("successArgs", new Object[] { done.approved(), done.skipped() });
		return "redirect:/returns/queue";
	}

	@PostMapping("/returns/{agency}/{period:\\d{4}-\\d{2}}/approve")
	String approve(@PathVariable String agency, @PathVariable String period, @AuthenticationPrincipal PortalUser user,
			RedirectAttributes redirect) {
		return act(redirect, agency, period, "return.approved", () -> this.workflow.approve(user, agency, period));
	}

	@PostMapping("/returns/{agency}/{period:\\d{4}-\\d{2}}/return")
	String sendBack(@PathVariable String agency, @PathVariable String period,
			@RequestParam(required = false) String comment, @AuthenticationPrincipal PortalUser user,
			RedirectAttributes redirect) {
		return act(redirect, agency, period, "return.sentBack",
				() -> this.workflow.sendBack(user, agency, period, comment));
	}

	@PostMapping("/returns/{agency}/{period:\\d{4}-\\d{2}}/reopen")
	String reopen(@PathVariable String agency, @PathVariable String period,
			@RequestParam(required = false) String reason, @AuthenticationPrincipal PortalUser user,
			RedirectAttributes redirect) {
		return act(redirect, agency, period, "return.reopened",
				() -> this.workflow.reopen(user, agency, period, reason));
	}

	/**
	 * Runs one transition and goes back to the return with its outcome: a blank comment
	 * or reason, or a return someone else already handled, is a message, not an error
	 * page.
	 */
	private static String act(RedirectAttributes redirect, String agency, String period, String success,
			java.util.function.Supplier<ReturnView> transition) {
		try {
			ReturnView done = transition.get();
			redirect.addFlashAttribute("success", success);
			redirect.addFlashAttribute("successArgs", new Object[] { done.agency().shortName(),
					done.period().month().getMonthValue(), done.period().month().getYear() });
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("failure", ex.getProblems().get(0).code());
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("failure", ex.getCode());
			redirect.addFlashAttribute("failureArgs", ex.getArguments());
		}
		return "redirect:/returns/" + agency.toUpperCase(java.util.Locale.ROOT) + "/" + period;
	}

}
