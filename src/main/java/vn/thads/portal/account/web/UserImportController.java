package vn.thads.portal.account.web;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thads.portal.account.UserImport;
import vn.thads.portal.account.UserImportLine.Outcome;
import vn.thads.portal.account.UserImportPlan;
import vn.thads.portal.account.UserImportRow;
import vn.thads.portal.security.PortalUser;
import vn.thads.portal.shared.FieldProblem;
import vn.thads.portal.shared.InvalidInputException;

/**
 * The users' import for the ADMIN (all of /admin/** is theirs): upload, dry run, confirm,
 * and the new accounts' initial passwords shown once. Between the dry run and the
 * confirmation the rows wait in the session, never in a page the browser could alter.
 */
@Controller
@RequestMapping("/admin/users/import")
class UserImportController {

	private static final String PENDING = UserImportController.class.getName() + ".pending";

	private final UserImport imports;

	UserImportController(UserImport imports) {
		this.imports = imports;
	}

	/** A file read and dry-run, waiting for the administrator's confirmation. */
	record Pending(String token, String fileName, ArrayList<UserImportRow> rows,
			ArrayList<Outcome> outcomes) implements Serializable {

	}

	@GetMapping
	String form() {
		return "account/user-import";
	}

	@PostMapping
	String dryRun(@RequestParam(required = false) MultipartFile file, HttpSession session, Model model)
			throws IOException {
		session.removeAttribute(PENDING);
		String fileName = (file != null) ? fileName(file) : "";
		List<UserImportRow> rows;
		try {
			if (file == null || file.isEmpty()) {
				throw new InvalidInputException(FieldProblem.of("file", "userImport.file.empty"));
			}
			rows = UserFileReader.read(fileName, file.getBytes());
		}
		catch (InvalidInputException ex) {
			model.addAttribute("fileProblems", ex.getProblems());
			return "account/user-import";
		}
		UserImportPlan plan = this.imports.plan(rows);
		model.addAttribute("fileName", fileName);
		model.addAttribute("plan", plan);
		if (!plan.hasErrors()) {
			Pending pending = new Pending(UUID.randomUUID().toString(), fileName, new ArrayList<>(rows),
					new ArrayList<>(plan.outcomes()));
			session.setAttribute(PENDING, pending);
			model.addAttribute("token", pending.token());
		}
		return "account/user-import";
	}

	@PostMapping("/confirm")
	String confirm(@RequestParam String token, @AuthenticationPrincipal PortalUser admin, HttpSession session,
			RedirectAttributes redirect) {
		if (!(session.getAttribute(PENDING) instanceof Pending pending) || !pending.token().equals(token)) {
			redirect.addFlashAttribute("failure", "userImport.expired");
			return "redirect:/admin/users/import";
		}
		session.removeAttribute(PENDING);
		try {
			redirect.addFlashAttribute("importResult",
					this.imports.apply(pending.fileName(), pending.rows(), pending.outcomes(), admin.getUsername()));
			return "redirect:/admin/users/import/result";
		}
		catch (InvalidInputException ex) {
			FieldProblem problem = ex.getProblems().get(0);
			redirect.addFlashAttribute("failure", problem.code());
			redirect.addFlashAttribute("failureArgs", problem.argumentArray());
			return "redirect:/admin/users/import";
		}
	}

	/** Shown once: the flash attribute is gone on a reload. */
	@GetMapping("/result")
	String result(Model model) {
		return model.containsAttribute("importResult") ? "account/user-import-result" : "redirect:/admin/users";
	}

	private static String fileName(MultipartFile file) {
		String name = (file.getOriginalFilename() != null) ? file.getOriginalFilename() : "";
		// browsers of old sent the whole path
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
		return (name.length() > 200) ? name.substring(0, 200) : name;
	}

}
