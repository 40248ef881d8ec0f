package vn.thads.portal.account.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thads.portal.account.UserAuditLog;
import vn.thads.portal.account.UserTransfer;
import vn.thads.portal.agency.AgencyDirectory;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.security.PortalUser;
import vn.thads.portal.shared.FieldProblem;
import vn.thads.portal.shared.InvalidInputException;

/**
 * "Chuyển tài khoản của đơn vị đã giải thể": the ADMIN picks a closed agency, sees its
 * accounts, and moves them all to one of its successors active today; and the accounts'
 * audit.
 */
@Controller
@RequestMapping("/admin/users")
class UserTransferController {

	private final UserTransfer transfer;

	private final AgencyDirectory agencies;

	private final UserAuditLog audit;

	UserTransferController(UserTransfer transfer, AgencyDirectory agencies, UserAuditLog audit) {
		this.transfer = transfer;
		this.agencies = agencies;
		this.audit = audit;
	}

	@GetMapping("/move")
	String choose(@RequestParam(required = false) String from, Model model) {
		model.addAttribute("closed", this.transfer.closedAgenciesWithAccounts());
		AgencyRef agency = (from != null && !from.isBlank()) ? this.agencies.findByCode(from.strip()).orElse(null)
				: null;
		if (agency != null) {
			model.addAttribute("from", agency);
			model.addAttribute("successors", this.transfer.successors(agency));
			model.addAttribute("accounts", this.transfer.accountsOf(agency));
		}
		return "account/user-move";
	}

	@PostMapping("/move")
	String move(@RequestParam String from, @RequestParam(required = false) String to,
			@RequestParam(defaultValue = "false") boolean enable, @AuthenticationPrincipal PortalUser admin,
			RedirectAttributes redirect) {
		try {
			int moved = this.transfer.move(from, to, enable, admin.getUsername());
			redirect.addFlashAttribute("success", enable ? "user.move.doneEnabled" : "user.move.done");
			redirect.addFlashAttribute("successArgs", new Object[] { moved, from, to });
			return "redirect:/admin/users";
		}
		catch (InvalidInputException ex) {
			FieldProblem problem = ex.getProblems().get(0);
			redirect.addFlashAttribute("failure", problem.code());
			redirect.addFlashAttribute("failureArgs", problem.argumentArray());
			redirect.addAttribute("from", from);
			return "redirect:/admin/users/move";
		}
	}

	@GetMapping("/audit")
	String audit(Model model) {
		model.addAttribute("events", this.audit.latest());
		return "account/user-audit";
	}

}
