package vn.thads.portal.workbook.web;

import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thads.portal.returns.ReturnBook;
import vn.thads.portal.returns.ReturnView;
import vn.thads.portal.security.PortalUser;
import vn.thads.portal.shared.ConflictException;
import vn.thads.portal.shared.InvalidInputException;
import vn.thads.portal.workbook.ReturnWorkbooks;
import vn.thads.portal.workbook.WorkbookCheck;
import vn.thads.portal.workbook.WorkbookInvalidException;
import vn.thads.portal.workbook.WorkbookRefusedException;
import vn.thads.portal.workbook.WorkbookTexts;

/**
 * The workbook of a return on its entry page: "Tải Excel" downloads it; an upload is
 * checked (a dry run, shown field by field) and kept in the session (PostgreSQL, so any
 * node can confirm it) until the officer confirms or cancels it; "Xác nhận lưu" saves it
 * as the entry page's "Lưu nháp" does, against the version the dry run showed.
 */
@Controller
@RequestMapping("/returns/{agency}/{period:\\d{4}-\\d{2}}/workbook")
class WorkbookController {

	static final String VIEW = "workbook/check";

	static final String PENDING = WorkbookController.class.getName() + ".pending";

	private final ReturnWorkbooks workbooks;

	private final ReturnBook book;

	private final CheckPages pages;

	private final WorkbookTexts texts;

	WorkbookController(ReturnWorkbooks workbooks, ReturnBook book, CheckPages pages, WorkbookTexts texts) {
		this.workbooks = workbooks;
		this.book = book;
		this.pages = pages;
		this.texts = texts;
	}

	/** A checked file waiting for confirmation, and the version its dry run showed. */
	record PendingUpload(String token, String agency, String period, String filename, byte[] content,
			Long version) implements Serializable {

		boolean isFor(String agency, String period, String token) {
			return this.agency.equalsIgnoreCase(agency) && this.period.equals(period) && this.token.equals(token);
		}

	}

	@GetMapping
	ResponseEntity<byte[]> download(@PathVariable String agency, @PathVariable String period,
			@AuthenticationPrincipal PortalUser user) {
		Locale locale = LocaleContextHolder.getLocale();
		ReturnWorkbooks.Download file = this.workbooks.download(user, agency, period, locale);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.filename()).build().toString())
			.body(file.content());
	}

	@PostMapping
	String check(@PathVariable String agency, @PathVariable String period,
			@RequestParam(required = false) MultipartFile file, @AuthenticationPrincipal PortalUser user,
			HttpSession session, Model model, HttpServletResponse response) throws IOException {
		this.workbooks.requireEditor(user, agency);
		session.removeAttribute(PENDING);
		if (file == null || file.isEmpty()) {
			return refuse(user, agency, period, model, response, HttpStatus.UNPROCESSABLE_CONTENT,
					this.texts.messages().text("workbook.upload.noFile"));
		}
		if (file.getSize() > this.workbooks.maxBytes()) {
			return refused(user, agency, period, this.workbooks.tooLarge(), model, response);
		}
		String filename = (file.getOriginalFilename() != null) ? file.getOriginalFilename() : "";
		byte[] content = file.getBytes();
		WorkbookCheck check;
		try {
			check = this.workbooks.check(user, agency, period, filename, content);
		}
		catch (WorkbookRefusedException ex) {
			return refused(user, agency, period, ex, model, response);
		}
		String token = null;
		if (check.canConfirm()) {
			token = UUID.randomUUID().toString();
			session.setAttribute(PENDING, new PendingUpload(token, check.current().agency().code(),
					check.current().period().code(), filename, content, check.current().version()));
		}
		else {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		model.addAttribute("page", this.pages.page(check, token));
		return VIEW;
	}

	@PostMapping("/confirm")
	String confirm(@PathVariable String agency, @PathVariable String period,
			@RequestParam(required = false) String token, @AuthenticationPrincipal PortalUser user, HttpSession session,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		this.workbooks.requireEditor(user, agency);
		PendingUpload pending = (session.getAttribute(PENDING) instanceof PendingUpload p) ? p : null;
		if (pending == null || !pending.isFor(agency, period, token)) {
			return refuse(user, agency, period, model, response, HttpStatus.CONFLICT,
					this.texts.messages().text("workbook.upload.expired"));
		}
		ReturnView saved;
		try {
			saved = this.workbooks.confirm(user, agency, period, pending.filename(), pending.content(),
					pending.version(), false);
		}
		catch (WorkbookInvalidException ex) {
			session.removeAttribute(PENDING);
			model.addAttribute("page", this.pages.page(ex.check(), null));
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return VIEW;
		}
		catch (OptimisticLockingFailureException | ConflictException | InvalidInputException ex) {
			// saved by someone else since the dry run, or no longer editable: check again
			// against what is saved now, and show it; nothing was saved
			WorkbookCheck again = this.workbooks.check(user, agency, period, pending.filename(), pending.content());
			String renewed = again.canConfirm() ? pending.token() : null;
			if (renewed != null) {
				session.setAttribute(PENDING, new PendingUpload(renewed, pending.agency(), pending.period(),
						pending.filename(), pending.content(), again.current().version()));
			}
			else {
				session.removeAttribute(PENDING);
			}
			model.addAttribute("page", this.pages.page(again, renewed));
			response.setStatus(HttpStatus.CONFLICT.value());
			return VIEW;
		}
		session.removeAttribute(PENDING);
		redirect.addFlashAttribute("success",
				saved.check().hasErrors() ? "workbook.savedWithErrors" : "workbook.saved");
		redirect.addFlashAttribute("successArgs", new Object[] { pending.filename() });
		return "redirect:/returns/" + saved.agency().code() + "/" + saved.period().code();
	}

	@PostMapping("/cancel")
	String cancel(@PathVariable String agency, @PathVariable String period, @AuthenticationPrincipal PortalUser user,
			HttpSession session) {
		this.workbooks.requireEditor(user, agency);
		session.removeAttribute(PENDING);
		ReturnView view = this.book.open(user, agency, period);
		return "redirect:/returns/" + view.agency().code() + "/" + view.period().code();
	}

	private String refused(PortalUser user, String agency, String period, WorkbookRefusedException ex, Model model,
			HttpServletResponse response) {
		return refuse(user, agency, period, model, response, ex.getStatus(), this.texts.text(ex));
	}

	/** The page with the upload form again and why the file was not taken. */
	private String refuse(PortalUser user, String agency, String period, Model model, HttpServletResponse response,
			HttpStatus status, String message) {
		model.addAttribute("view", this.book.open(user, agency, period));
		model.addAttribute("failureText", message);
		model.addAttribute("maxMegabytes", this.workbooks.maxMegabytes());
		response.setStatus(status.value());
		return "workbook/refused";
	}

}
