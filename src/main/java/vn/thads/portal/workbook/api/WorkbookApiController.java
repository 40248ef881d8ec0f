package vn.thads.portal.workbook.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thads.portal.returns.StaleReturnException;
import vn.thads.portal.returns.api.ReturnJson;
import vn.thads.portal.security.PortalUser;
import vn.thads.portal.workbook.CellProblem;
import vn.thads.portal.workbook.ReturnWorkbooks;
import vn.thads.portal.workbook.WorkbookCheck;
import vn.thads.portal.workbook.WorkbookInvalidException;
import vn.thads.portal.workbook.WorkbookRefusedException;
import vn.thads.portal.workbook.WorkbookTexts;

/**
 * A return as a workbook (api.md, Returns): the download, and the upload with a dry run.
 * The upload takes only an XLSX body ({@code security.CrossSiteWrites} has already
 * refused what a page elsewhere could send), at most {@code thads.workbook.max-bytes}
 * long, read only after the caller's scope is checked.
 */
@RestController
@RequestMapping("/api/v1/returns/{agency}/{period}/workbook")
class WorkbookApiController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final ReturnWorkbooks workbooks;

	private final WorkbookTexts texts;

	WorkbookApiController(ReturnWorkbooks workbooks, WorkbookTexts texts) {
		this.workbooks = workbooks;
		this.texts = texts;
	}

	@GetMapping
	ResponseEntity<byte[]> download(@PathVariable String agency, @PathVariable String period,
			@AuthenticationPrincipal PortalUser user) {
		ReturnWorkbooks.Download file = this.workbooks.download(user, agency, period, LocaleContextHolder.getLocale());
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(XLSX))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.filename()).build().toString())
			.body(file.content());
	}

	/**
	 * @param version (an addition to the contract) the version to save against when the
	 * return changed since the download and the caller means to overwrite it; by default
	 * the workbook's own, so that a stale workbook is a 409 as a stale {@code PUT} is
	 */
	@PostMapping(consumes = XLSX)
	ResponseEntity<?> upload(@PathVariable String agency, @PathVariable String period,
			@RequestParam(defaultValue = "false") boolean dryRun, @RequestParam(required = false) Long version,
			@RequestParam(required = false) String filename, @AuthenticationPrincipal PortalUser user,
			HttpServletRequest request) throws IOException {
		this.workbooks.requireEditor(user, agency);
		byte[] content = readAtMost(request, this.workbooks.maxBytes());
		String name = (filename != null) ? filename : "api-upload.xlsx";
		if (dryRun) {
			return ResponseEntity.ok(dryRun(this.workbooks.check(user, agency, period, name, content)));
		}
		return ResponseEntity
			.ok(ReturnJson.of(this.workbooks.confirm(user, agency, period, name, content, version, version == null),
					this.texts.messages()));
	}

	@ExceptionHandler(WorkbookRefusedException.class)
	ResponseEntity<ProblemDetail> refused(WorkbookRefusedException ex) {
		ProblemDetail problem = ProblemDetail.forStatus(ex.getStatus());
		problem.setTitle(this.texts.messages().text("workbook.refused.title"));
		problem.setDetail(this.texts.text(ex));
		return respond(problem);
	}

	@ExceptionHandler(WorkbookInvalidException.class)
	ResponseEntity<ProblemDetail> invalid(WorkbookInvalidException ex) {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		problem.setTitle(this.texts.messages().text("api.invalid.title"));
		problem.setDetail(this.texts.messages().text("workbook.invalid", ex.check().blocking().size()));
		dryRun(ex.check()).forEach(problem::setProperty);
		return respond(problem);
	}

	/** A stale workbook: as a stale {@code PUT}, with the return as it is now. */
	@ExceptionHandler(StaleReturnException.class)
	ResponseEntity<ProblemDetail> stale(StaleReturnException ex) {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.CONFLICT);
		problem.setTitle(this.texts.messages().text("api.conflict.title"));
		problem.setDetail(this.texts.messages()
			.text("return.stale", ex.changed().shown(), ex.changed().current(), ex.changed().changes().size()));
		problem.setProperty("version", ex.changed().current());
		problem.setProperty("changes", ex.changed().changes());
		problem.setProperty("current", ReturnJson.of(ex.current(), this.texts.messages()));
		return respond(problem);
	}

	/**
	 * The dry run's answer (api.md), with additions: whether it can be saved (no cell
	 * that is not a figure, the file this return's), versions, derived rows, since.
	 */
	private Map<String, Object> dryRun(WorkbookCheck check) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("changes", check.changes());
		body.put("errors", problems(check.errors()));
		body.put("warnings", problems(check.warnings()));
		body.put("versionChanged", check.versionChanged());
		body.put("canConfirm", check.canConfirm());
		body.put("version", check.workbookVersion());
		body.put("currentVersion", check.current().version());
		body.put("changedSince", check.changedSince());
		if (check.uploaded() != null) {
			body.put("derived", Map.of("cases", check.uploaded().cases(), "money", check.uploaded().money()));
		}
		body.put("sha256", check.checksum());
		return body;
	}

	private List<Map<String, Object>> problems(List<CellProblem> problems) {
		return problems.stream().map((p) -> {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("cell", p.cell());
			json.put("field", p.field());
			json.put("code", p.problem().code().substring(p.problem().code().lastIndexOf('.') + 1));
			json.put("message", this.texts.text(p));
			return json;
		}).toList();
	}

	/** The body, or a 413 refusal when it is longer than {@code limit} bytes. */
	private byte[] readAtMost(HttpServletRequest request, long limit) throws IOException {
		if (request.getContentLengthLong() > limit) {
			throw this.workbooks.tooLarge();
		}
		try (InputStream in = request.getInputStream()) {
			byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
			if (content.length > limit) {
				throw this.workbooks.tooLarge();
			}
			return content;
		}
	}

	private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
