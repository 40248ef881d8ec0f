package vn.thads.portal.agency.web;

import java.io.IOException;
import java.io.Serializable;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thads.portal.agency.exchange.AgencyTreeExport;
import vn.thads.portal.agency.exchange.AgencyTreeFormat;
import vn.thads.portal.agency.exchange.AgencyTreeImport;
import vn.thads.portal.agency.exchange.ImportResult;

/**
 * "Nhập / xuất cơ cấu tổ chức" (ADMIN only, as all of /admin/**): the agency tree file of
 * the API as a page. An upload is checked (a dry run) and kept in the session until the
 * administrator confirms it, so that the file is not uploaded twice.
 */
@Controller
@RequestMapping("/admin/agencies/exchange")
class AgencyExchangeController {

	private static final String VIEW = "agency/admin-exchange";

	static final String PENDING = AgencyExchangeController.class.getName() + ".pending";

	private final AgencyTreeExport export;

	private final AgencyTreeImport importer;

	AgencyExchangeController(AgencyTreeExport export, AgencyTreeImport importer) {
		this.export = export;
		this.importer = importer;
	}

	/** The checked file waiting for confirmation; the token ties it to the page shown. */
	record PendingImport(String token, String filename, byte[] content) implements Serializable {
	}

	@GetMapping
	String page() {
		return VIEW;
	}

	@GetMapping("/export")
	ResponseEntity<byte[]> download() {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("co-cau-to-chuc.csv").build().toString())
			.body(this.export.csv());
	}

	@PostMapping
	String check(@RequestParam(required = false) MultipartFile file, HttpSession session, Model model,
			HttpServletResponse response) throws IOException {
		session.removeAttribute(PENDING);
		if (file == null || file.isEmpty()) {
			return refuse(model, response, "agency.exchange.noFile");
		}
		if (file.getSize() > AgencyTreeFormat.MAX_BYTES) {
			model.addAttribute("failureArgs", new Object[] { AgencyTreeFormat.MAX_BYTES / 1024 / 1024 });
			return refuse(model, response, "agency.exchange.tooLarge");
		}
		byte[] content = file.getBytes();
		ImportResult result = this.importer.run(content, true);
		String filename = (file.getOriginalFilename() != null) ? file.getOriginalFilename() : "";
		model.addAttribute("result", result);
		model.addAttribute("filename", filename);
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		else if (result.hasChanges()) {
			PendingImport pending = new PendingImport(UUID.randomUUID().toString(), filename, content);
			session.setAttribute(PENDING, pending);
			model.addAttribute("token", pending.token());
		}
		return VIEW;
	}

	@PostMapping("/confirm")
	String confirm(@RequestParam(required = false) String token, HttpSession session, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		PendingImport pending = (session.getAttribute(PENDING) instanceof PendingImport p) ? p : null;
		if (pending == null || !pending.token().equals(token)) {
			return refuse(model, response, "agency.exchange.expired");
		}
		session.removeAttribute(PENDING);
		ImportResult result = this.importer.run(pending.content(), false);
		if (result.hasErrors()) {
			// the tree changed since the check: show why, nothing was applied
			model.addAttribute("result", result);
			model.addAttribute("filename", pending.filename());
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return VIEW;
		}
		redirect.addFlashAttribute("success", "agency.exchange.applied");
		redirect.addFlashAttribute("successArgs", new Object[] { result.created().size(), result.renamed().size(),
				result.closed().size(), result.linked().size(), result.updated().size(), result.unchanged() });
		return "redirect:/admin/agencies/exchange";
	}

	private static String refuse(Model model, HttpServletResponse response, String message) {
		model.addAttribute("failure", message);
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return VIEW;
	}

}
