package vn.thads.portal.returns.web;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thads.portal.returns.ReturnBook;
import vn.thads.portal.returns.ReturnEntry;
import vn.thads.portal.returns.ReturnHistory;
import vn.thads.portal.returns.ReturnMessages;
import vn.thads.portal.returns.ReturnView;
import vn.thads.portal.returns.ReturnSubmission;
import vn.thads.portal.security.PortalUser;
import vn.thads.portal.shared.ConflictException;
import vn.thads.portal.shared.FieldProblem;
import vn.thads.portal.shared.InvalidInputException;

/**
 * The entry page of one return: the officer types both forms, sees the derived rows and
 * checks recomputed by the server as they type, saves a draft or submits (saving and
 * submitting in one transaction: both or neither). Every error path shows the page again
 * with the typed input; a stale save shows what the other person saved.
 */
@Controller
@RequestMapping("/returns/{agency}/{period:\\d{4}-\\d{2}}")
class ReturnEntryController {

	static final String VIEW = "returns/entry";

	private final ReturnBook book;

	private final ReturnEntry entry;

	private final ReturnSubmission submission;

	private final ReturnHistory history;

	private final EntryPages pages;

	private final ReturnMessages messages;

	ReturnEntryController(ReturnBook book, ReturnEntry entry, ReturnSubmission submission, ReturnHistory history,
			EntryPages pages, ReturnMessages messages) {
		this.messages = messages;
		this.book = book;
		this.entry = entry;
		this.submission = submission;
		this.history = history;
		this.pages = pages;
	}

	@GetMapping
	String show(@PathVariable String agency, @PathVariable String period, @AuthenticationPrincipal PortalUser user,
			Model model) {
		ReturnView view = this.book.open(user, agency, period);
		// a flash message means the figures were just saved: the browser's copy can go
		model.addAttribute("page", this.pages.stored(view, model.containsAttribute("success")));
		return VIEW;
	}

	@PostMapping
	String save(@PathVariable String agency, @PathVariable String period, @ModelAttribute EntryForm form,
			@RequestParam(defaultValue = "save") String action, @AuthenticationPrincipal PortalUser user, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		EntryForm.Parsed parsed = form.parse();
		if (!parsed.ok()) {
			return typed(user, agency, period, form, List.of(), model);
		}
		boolean submit = "submit".equals(action);
		ReturnView saved;
		try {
			saved = submit
					? this.submission.saveAndSubmit(user, agency, period, form.getVersion(), parsed.figures(),
							form.hasCategories(), form.getExplanation())
					: this.entry.save(user, agency, period, form.getVersion(), parsed.figures(), form.hasCategories());
		}
		catch (OptimisticLockingFailureException ex) {
			ReturnView current = this.book.open(user, agency, period);
			long from = (form.getVersion() != null) ? form.getVersion() : -1;
			model.addAttribute("page",
					this.pages.conflict(current, form, this.book.preview(user, agency, period, parsed.figures()),
							this.history.since(user, agency, period, from)));
			response.setStatus(HttpStatus.CONFLICT.value());
			return VIEW;
		}
		catch (ConflictException ex) {
			model.addAttribute("failure", ex.getCode());
			model.addAttribute("failureArgs", ex.getArguments());
			response.setStatus(HttpStatus.CONFLICT.value());
			return typed(user, agency, period, form, List.of(), model);
		}
		catch (InvalidInputException ex) {
			if (ex.getProblems().stream().anyMatch((p) -> p.field().equals("period"))) {
				// a month outside the agency's life: the page says why, nothing is saved
				response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			}
			else if (submit) {
				// saving and submitting are one: nothing is saved, the typing stays
				model.addAttribute("failure", "return.notSubmitted");
				response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			}
			return typed(user, agency, period, form, ex.getProblems(), model);
		}
		redirect.addFlashAttribute("success", flash(action, saved));
		redirect.addFlashAttribute("successArgs", new Object[] { saved.period().months(),
				saved.period().month().getMonthValue(), saved.period().month().getYear() });
		return "redirect:/returns/" + saved.agency().code() + "/" + saved.period().code();
	}

	/** The live preview: derived rows and checks of the typed figures, nothing saved. */
	@PostMapping("/preview")
	String preview(@PathVariable String agency, @PathVariable String period, @ModelAttribute EntryForm form,
			@AuthenticationPrincipal PortalUser user, Model model) {
		var check = this.book.preview(user, agency, period, form.parse().figures());
		model.addAttribute("rows", this.pages.preview(form, check));
		List<List<String>> summary = this.pages.summary(form, check);
		model.addAttribute("errors", summary.get(0));
		model.addAttribute("warnings", summary.get(1));
		return "returns/preview :: preview";
	}

	/**
	 * A month that cannot even be read ({@code 2024-13}): a page that says so, never an
	 * error page.
	 */
	@ExceptionHandler(InvalidInputException.class)
	String unreadable(InvalidInputException ex, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("messages", this.messages.texts(ex.getProblems()));
		return "returns/refused";
	}

	private String typed(PortalUser user, String agency, String period, EntryForm form, List<FieldProblem> more,
			Model model) {
		ReturnView view = this.book.open(user, agency, period);
		var check = view.can().edit() ? this.book.preview(user, agency, period, form.parse().figures()) : view.check();
		model.addAttribute("page", this.pages.typed(view, form, check, more, false));
		return VIEW;
	}

	private static String flash(String action, ReturnView saved) {
		if ("submit".equals(action)) {
			return "return.submitted";
		}
		return saved.check().hasErrors() ? "return.savedWithErrors" : "return.saved";
	}

}
