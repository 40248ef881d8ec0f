package vn.thads.portal.workbook.province;

import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

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
import vn.thads.portal.security.PortalUser;
import vn.thads.portal.shared.ConflictException;
import vn.thads.portal.workbook.ReturnWorkbooks.Download;
import vn.thads.portal.workbook.WorkbookRefusedException;

/**
 * "Sổ tính cả tỉnh": a province's month in one workbook, for its statistician. The page
 * lists the province's returns of the month, downloads them in either layout, and checks
 * an upload (a dry run) that is kept in the session until the officer confirms it, so
 * that the file is not sent twice; the confirm checks it again and saves every changed
 * return in one transaction.
 */
@Controller
@RequestMapping("/returns/{agency}/{period:\\d{4}-\\d{2}}/province-workbook")
class ProvinceWorkbookController {

	private static final String VIEW = "workbook/province";

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	static final String PENDING = ProvinceWorkbookController.class.getName() + ".pending";

	private final ProvinceOffices offices;

	private final ProvinceWorkbooks workbooks;

	private final ProvinceWorkbookUpload upload;

	private final FieldLabels fields;

	ProvinceWorkbookController(ProvinceOffices offices, ProvinceWorkbooks workbooks, ProvinceWorkbookUpload upload,
			FieldLabels fields) {
		this.fields = fields;
		this.offices = offices;
		this.workbooks = workbooks;
		this.upload = upload;
	}

	/** The checked file waiting for confirmation; the token ties it to the page shown. */
	record PendingUpload(String token, String province, String period, String filename, byte[] content,
			HashMap<String, Long> seen) implements Serializable {
	}

	@GetMapping
	String page(@PathVariable("agency") String province, @PathVariable String period,
			@AuthenticationPrincipal PortalUser user, Model model) {
		return show(user, this.offices.forDownload(user, province, period), model);
	}

	@GetMapping("/download")
	ResponseEntity<byte[]> download(@PathVariable("agency") String province, @PathVariable String period,
			@RequestParam(required = false) String layout, @AuthenticationPrincipal PortalUser user, Locale locale) {
		return xlsx(this.workbooks.download(user, province, period, ProvinceLayout.of(layout), locale));
	}

	static ResponseEntity<byte[]> xlsx(Download download) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(XLSX))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(download.filename()).build().toString())
			.body(download.content());
	}

	@PostMapping
	String check(@PathVariable("agency") String province, @PathVariable String period,
			@RequestParam(required = false) MultipartFile file, @AuthenticationPrincipal PortalUser user,
			HttpSession session, Model model, HttpServletResponse response) throws IOException {
		session.removeAttribute(PENDING);
		ProvinceMonth month = this.offices.forUpload(user, province, period);
		if (file == null || file.isEmpty()) {
			return refuse(user, month, model, response, HttpStatus.UNPROCESSABLE_CONTENT, "workbook.province.noFile");
		}
		String filename = (file.getOriginalFilename() != null) ? file.getOriginalFilename() : "";
		byte[] content = file.getBytes();
		ProvinceUpload result;
		try {
			result = this.upload.dryRun(user, province, period, content, filename);
		}
		catch (WorkbookRefusedException ex) {
			model.addAttribute("failureArgs", ex.getArguments());
			return refuse(user, month, model, response, ex.getStatus(), ex.getCode());
		}
		model.addAttribute("result", result);
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		else if (!result.changed().isEmpty()) {
			// the confirm saves against the versions shown, whatever the file was
			// downloaded at
			HashMap<String, Long> seen = new HashMap<>();
			result.changed().forEach((o) -> seen.put(o.agency().code(), o.savedVersion()));
			PendingUpload pending = new PendingUpload(UUID.randomUUID().toString(), province, period, filename, content,
					seen);
			session.setAttribute(PENDING, pending);
			model.addAttribute("token", pending.token());
		}
		return show(user, result.month(), model);
	}

	@PostMapping("/confirm")
	String confirm(@PathVariable("agency") String province, @PathVariable String period,
			@RequestParam(required = false) String token, @AuthenticationPrincipal PortalUser user, HttpSession session,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		ProvinceMonth month = this.offices.forUpload(user, province, period);
		PendingUpload pending = (session.getAttribute(PENDING) instanceof PendingUpload p) ? p : null;
		if (pending == null || !pending.token().equals(token) || !pending.province().equals(province)
				|| !pending.period().equals(period)) {
			return refuse(user, month, model, response, HttpStatus.UNPROCESSABLE_CONTENT, "workbook.province.expired");
		}
		session.removeAttribute(PENDING);
		ProvinceSaved saved;
		try {
			saved = this.upload.confirm(user, province, period, pending.content(), pending.filename(), pending.seen());
		}
		catch (ProvinceRefusedException ex) {
			// something changed since the check: show why; nothing was saved
			model.addAttribute("result", ex.getUpload());
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return show(user, ex.getUpload().month(), model);
		}
		catch (OptimisticLockingFailureException | ConflictException ex) {
			return refuse(user, this.offices.forUpload(user, province, period), model, response, HttpStatus.CONFLICT,
					"workbook.province.concurrent");
		}
		redirect.addFlashAttribute("success", "workbook.province.saved");
		redirect.addFlashAttribute("successArgs", new Object[] { saved.returns().size(), pending.filename() });
		return "redirect:/returns/" + province + "/" + period + "/province-workbook";
	}

	private String show(PortalUser user, ProvinceMonth month, Model model) {
		model.addAttribute("month", month);
		model.addAttribute("uploadable", this.offices.uploadable(user, month.province()));
		model.addAttribute("fields", this.fields);
		return VIEW;
	}

	private String refuse(PortalUser user, ProvinceMonth month, Model model, HttpServletResponse response,
			HttpStatus status, String message) {
		model.addAttribute("failure", message);
		response.setStatus(status.value());
		return show(user, month, model);
	}

}
