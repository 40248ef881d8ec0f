package vn.thads.portal.returns.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thads.portal.returns.exchange.ExchangeRow;
import vn.thads.portal.returns.exchange.HistoryImport;
import vn.thads.portal.returns.exchange.ImportJob;
import vn.thads.portal.returns.exchange.ReturnExport;
import vn.thads.portal.returns.exchange.ReturnFile;
import vn.thads.portal.returns.exchange.RowIssue;
import vn.thads.portal.security.PortalUser;

/**
 * Returns as a machine-readable file (docs/api.md): the export of a subtree for a range
 * of periods as CSV or JSON (leaders and administrators, in scope), and the history
 * import of that CSV (ADMIN), answered when done; a page shows the same import with its
 * progress.
 */
@RestController
@RequestMapping("/api/v1/returns")
class ReturnExchangeApiController {

	private final ReturnExport export;

	private final HistoryImport importer;

	private final MessageSource messages;

	ReturnExchangeApiController(ReturnExport export, HistoryImport importer, MessageSource messages) {
		this.export = export;
		this.importer = importer;
		this.messages = messages;
	}

	@GetMapping("/export")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal PortalUser user,
			@RequestParam(defaultValue = "") String agency, @RequestParam(defaultValue = "") String from,
			@RequestParam(defaultValue = "") String to, @RequestParam(defaultValue = "csv") String format) {
		// every parameter is checked by the service, scope first: 403 before 422
		List<ExchangeRow> rows = this.export.rows(user, agency, from, to);
		String name = "bao-cao-" + agency.toLowerCase(Locale.ROOT) + "-" + from + "-" + to;
		boolean json = "json".equalsIgnoreCase(format);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name + (json ? ".json" : ".csv")).build().toString())
			.contentType(json ? MediaType.APPLICATION_JSON : MediaType.parseMediaType("text/csv;charset=UTF-8"))
			.body(json ? this.export.json(rows) : this.export.csv(rows));
	}

	@PostMapping(path = "/import", consumes = ReturnFile.CSV_TYPE)
	ResponseEntity<?> importHistory(@AuthenticationPrincipal PortalUser user,
			@RequestParam(defaultValue = "false") boolean dryRun,
			@RequestParam(defaultValue = "history.csv") String filename, HttpServletRequest request)
			throws IOException {
		HistoryImport.requireAdmin(user);
		byte[] content = readAtMost(request, ReturnFile.MAX_BYTES);
		if (content == null) {
			return problem(HttpStatus.CONTENT_TOO_LARGE, "api.exchange.tooLarge", ReturnFile.MAX_BYTES / 1024 / 1024);
		}
		ImportJob job = this.importer.check(this.importer.upload(user, filename, content).id());
		if (!dryRun && job.errorCount() == 0 && this.importer.confirm(user, job.id())) {
			job = this.importer.apply(job.id());
		}
		ImportJson answer = ImportJson.of(job, this.importer.problems(job.id()), !dryRun);
		if (job.errorCount() > 0 && !dryRun) {
			ResponseEntity<ProblemDetail> refused = problem(HttpStatus.UNPROCESSABLE_CONTENT, "api.exchange.refused",
					job.errorCount());
			ProblemDetail body = refused.getBody();
			body.setProperty("importId", answer.importId());
			body.setProperty("new", answer.news());
			body.setProperty("changed", answer.changed());
			body.setProperty("unchanged", answer.unchanged());
			body.setProperty("errorCount", answer.errorCount());
			body.setProperty("errors", answer.errors());
			body.setProperty("warnings", answer.warnings());
			return refused;
		}
		return ResponseEntity.ok(answer);
	}

	/** The body, or null when it is longer than {@code limit} bytes. */
	private static byte[] readAtMost(HttpServletRequest request, int limit) throws IOException {
		if (request.getContentLengthLong() > limit) {
			return null;
		}
		try (InputStream in = request.getInputStream()) {
			byte[] content = in.readNBytes(limit + 1);
			return (content.length > limit) ? null : content;
		}
	}

	private ResponseEntity<ProblemDetail> problem(HttpStatus status, String key, Object argument) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setTitle(this.messages.getMessage(key + ".title", null, locale));
		problem.setDetail(this.messages.getMessage(key, new Object[] { argument }, locale));
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/** The answer of an import: what it did (or would do) and why not. */
	record ImportJson(long importId, String sha256, @JsonProperty("new") int news, int changed, int unchanged,
			int errorCount, int warningCount, List<IssueJson> errors, List<IssueJson> warnings, boolean applied) {

		static ImportJson of(ImportJob job, List<RowIssue> problems, boolean asked) {
			return new ImportJson(job.id(), job.sha256(), job.news(), job.changed(), job.unchanged(), job.errorCount(),
					job.warningCount(), issues(problems, false), issues(problems, true),
					asked && job.phase() == ImportJob.Phase.APPLIED);
		}

		private static List<IssueJson> issues(List<RowIssue> problems, boolean warnings) {
			return problems.stream()
				.filter((p) -> p.warning() == warnings)
				.map((p) -> new IssueJson(p.line(), p.column(), p.message()))
				.toList();
		}

	}

	record IssueJson(int line, String column, String message) {
	}

}
