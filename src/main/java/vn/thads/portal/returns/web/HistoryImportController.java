package vn.thads.portal.returns.web;

import java.io.IOException;
import java.time.Clock;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
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
import vn.thads.portal.returns.exchange.HistoryImport;
import vn.thads.portal.returns.exchange.ImportJob;
import vn.thads.portal.returns.exchange.ReturnFile;
import vn.thads.portal.security.PortalUser;

/**
 * "Nhập lịch sử báo cáo" (ADMIN only, as all of /admin/**): upload the exchange CSV,
 * watch the dry run's progress (the page polls the job's row with htmx, on any node),
 * read what it would do and every problem by line and column, then confirm and watch it
 * being written.
 */
@Controller
@RequestMapping("/admin/returns/import")
class HistoryImportController {

	private static final String VIEW = "returns/history-import";

	private static final String JOB_VIEW = "returns/history-import-job";

	private final HistoryImport importer;

	private final Clock clock;

	HistoryImportController(HistoryImport importer, Clock clock) {
		this.importer = importer;
		this.clock = clock;
	}

	@GetMapping
	String page(Model model) {
		model.addAttribute("jobs", this.importer.recent());
		return VIEW;
	}

	@PostMapping
	String upload(@RequestParam(required = false) MultipartFile file, @AuthenticationPrincipal PortalUser user,
			Model model, HttpServletResponse response) throws IOException {
		if (file == null || file.isEmpty()) {
			return refuse(model, response, "exchange.returns.noFile");
		}
		if (file.getSize() > ReturnFile.MAX_BYTES) {
			model.addAttribute("failureArgs", new Object[] { ReturnFile.MAX_BYTES / 1024 / 1024 });
			return refuse(model, response, "exchange.returns.tooLarge");
		}
		String filename = (file.getOriginalFilename() != null) ? file.getOriginalFilename() : "";
		ImportJob job = this.importer.upload(user, filename, file.getBytes());
		this.importer.checkInBackground(job.id());
		return "redirect:/admin/returns/import/" + job.id();
	}

	@GetMapping("/{id:\\d+}")
	String job(@PathVariable long id, Model model) {
		show(id, model);
		return JOB_VIEW;
	}

	/** The part of the job page that changes, polled while the job runs. */
	@GetMapping("/{id:\\d+}/progress")
	String progress(@PathVariable long id, Model model) {
		show(id, model);
		return JOB_VIEW + " :: progress";
	}

	@PostMapping("/{id:\\d+}/confirm")
	String confirm(@PathVariable long id, @AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
		if (this.importer.confirm(user, id)) {
			this.importer.applyInBackground(id);
		}
		else {
			redirect.addFlashAttribute("failure", "exchange.returns.notConfirmable");
		}
		return "redirect:/admin/returns/import/" + id;
	}

	private void show(long id, Model model) {
		ImportJob job = this.importer.job(id);
		model.addAttribute("job", job);
		model.addAttribute("stalled", job.isStalled(this.clock.instant()));
		model.addAttribute("problems", job.isRunning() ? List.of() : this.importer.problems(id));
	}

	private String refuse(Model model, HttpServletResponse response, String message) {
		model.addAttribute("failure", message);
		model.addAttribute("jobs", this.importer.recent());
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return VIEW;
	}

}
