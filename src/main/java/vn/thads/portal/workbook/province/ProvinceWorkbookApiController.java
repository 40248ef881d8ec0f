package vn.thads.portal.workbook.province;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.i18n.LocaleContextHolder;
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
import vn.thads.portal.workbook.SafeWorkbooks;
import vn.thads.portal.workbook.WorkbookRefusedException;
import vn.thads.portal.workbook.WorkbookTexts;

/**
 * A province's month as one workbook (api.md, docs/api.md "A province's month as one
 * workbook"): the download in either layout, and the upload with a dry run, answered as a
 * single return's workbook is but with an entry per return. The body is read only after
 * the caller is known to be one of the province's officers, and at most
 * {@code thads.workbook.max-bytes} of it.
 */
@RestController
@RequestMapping("/api/v1/returns/{agency}/{period}/province-workbook")
class ProvinceWorkbookApiController {

	private final ProvinceOffices offices;

	private final ProvinceWorkbooks workbooks;

	private final ProvinceWorkbookUpload upload;

	private final SafeWorkbooks files;

	private final WorkbookTexts texts;

	ProvinceWorkbookApiController(ProvinceOffices offices, ProvinceWorkbooks workbooks, ProvinceWorkbookUpload upload,
			SafeWorkbooks files, WorkbookTexts texts) {
		this.offices = offices;
		this.workbooks = workbooks;
		this.upload = upload;
		this.files = files;
		this.texts = texts;
	}

	@GetMapping
	ResponseEntity<byte[]> download(@PathVariable("agency") String province, @PathVariable String period,
			@RequestParam(required = false) String layout, @AuthenticationPrincipal PortalUser user) {
		return ProvinceWorkbookController.xlsx(this.workbooks.download(user, province, period,
				ProvinceLayout.of(layout), LocaleContextHolder.getLocale()));
	}

	/**
	 * Without {@code dryRun}, saves against the versions the workbook was downloaded at
	 * (a return changed since is a 409, as a stale {@code PUT} is).
	 */
	@PostMapping(consumes = ProvinceWorkbookController.XLSX)
	ResponseEntity<Map<String, Object>> upload(@PathVariable("agency") String province, @PathVariable String period,
			@RequestParam(defaultValue = "false") boolean dryRun, @RequestParam(required = false) String filename,
			@AuthenticationPrincipal PortalUser user, HttpServletRequest request) throws IOException {
		this.offices.requireUploader(user, province);
		byte[] content = readAtMost(request, this.files.maxBytes());
		String name = (filename != null) ? filename : "api-upload.xlsx";
		if (dryRun) {
			return ResponseEntity.ok(json(this.upload.dryRun(user, province, period, content, name)));
		}
		ProvinceSaved saved = this.upload.confirm(user, province, period, content, name, null);
		Map<String, Object> body = json(saved.upload());
		body.put("saved", saved.returns().stream().map((r) -> ReturnJson.of(r, this.texts.messages())).toList());
		return ResponseEntity.ok(body);
	}

	@ExceptionHandler(ProvinceRefusedException.class)
	ResponseEntity<ProblemDetail> refused(ProvinceRefusedException ex) {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		problem.setTitle(this.texts.messages().text("api.invalid.title"));
		problem.setDetail(this.texts.messages().text("workbook.province.result.refused"));
		json(ex.getUpload()).forEach(problem::setProperty);
		return respond(problem);
	}

	@ExceptionHandler(WorkbookRefusedException.class)
	ResponseEntity<ProblemDetail> refused(WorkbookRefusedException ex) {
		ProblemDetail problem = ProblemDetail.forStatus(ex.getStatus());
		problem.setTitle(this.texts.messages().text("workbook.refused.title"));
		problem.setDetail(this.texts.text(ex));
		return respond(problem);
	}

	/** One of the returns was saved by someone else meanwhile: nothing was saved. */
	@ExceptionHandler(StaleReturnException.class)
	ResponseEntity<ProblemDetail> stale(StaleReturnException ex) {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.CONFLICT);
		problem.setTitle(this.texts.messages().text("api.conflict.title"));
		problem.setDetail(this.texts.messages().text("workbook.province.concurrent"));
		problem.setProperty("agencyCode", ex.current().agency().code());
		problem.setProperty("version", ex.changed().current());
		problem.setProperty("changes", ex.changed().changes());
		return respond(problem);
	}

	/** The dry run: as a single return's (api.md), with an entry per return. */
	private Map<String, Object> json(ProvinceUpload upload) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("provinceCode", upload.month().province().code());
		body.put("period", upload.month().period().code());
		body.put("layout", upload.layout().code());
		body.put("sha256", upload.checksum());
		body.put("offices", upload.offices().stream().map(this::office).toList());
		body.put("errors", notes(upload.errors()));
		return body;
	}

	private Map<String, Object> office(OfficeResult office) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("agencyCode", office.agency().code());
		json.put("sheet", office.place());
		json.put("outcome", office.outcome().code());
		json.put("status", office.status());
		json.put("changes", office.changes());
		json.put("errors", notes(office.errors()));
		json.put("warnings", notes(office.warnings()));
		json.put("versionChanged", office.versionChanged());
		json.put("version", office.fileVersion());
		json.put("currentVersion", office.savedVersion());
		json.put("changedSince", office.changedSince());
		return json;
	}

	private static List<Map<String, Object>> notes(List<OfficeResult.Note> notes) {
		return notes.stream().map((n) -> {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("sheet", n.sheet());
			json.put("cell", n.cell());
			json.put("field", n.field());
			json.put("message", n.message());
			json.put("blocking", n.blocking());
			return json;
		}).toList();
	}

	/** The body, or a 413 refusal when it is longer than {@code limit} bytes. */
	private byte[] readAtMost(HttpServletRequest request, long limit) throws IOException {
		if (request.getContentLengthLong() > limit) {
			throw this.files.tooLarge();
		}
		try (InputStream in = request.getInputStream()) {
			byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
			if (content.length > limit) {
				throw this.files.tooLarge();
			}
			return content;
		}
	}

	private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
