package vn.thads.portal.agency.api;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thads.portal.agency.exchange.AgencyTreeExport;
import vn.thads.portal.agency.exchange.AgencyTreeFormat;
import vn.thads.portal.agency.exchange.AgencyTreeImport;
import vn.thads.portal.agency.exchange.ImportResult;
import vn.thads.portal.security.PortalUser;
import vn.thads.portal.security.Role;
import vn.thads.portal.web.UploadBodies;

/**
 * The agency tree exchange (api.md, Agencies; ADMIN only): the export as CSV, the import
 * of that CSV or the same columns as XLSX, with a dry run.
 */
@RestController
@RequestMapping("/api/v1/agencies")
class AgencyExchangeApiController {

	static final String CSV_UTF8 = "text/csv;charset=UTF-8";

	private final AgencyTreeExport export;

	private final AgencyTreeImport importer;

	private final MessageSource messages;

	AgencyExchangeApiController(AgencyTreeExport export, AgencyTreeImport importer, MessageSource messages) {
		this.export = export;
		this.importer = importer;
		this.messages = messages;
	}

	@GetMapping("/export")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal PortalUser user) {
		requireAdmin(user);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(CSV_UTF8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("co-cau-to-chuc.csv").build().toString())
			.body(this.export.csv());
	}

	@PostMapping(path = "/import", consumes = { AgencyTreeFormat.CSV_TYPE, AgencyTreeFormat.XLSX_TYPE })
	ResponseEntity<?> importTree(@AuthenticationPrincipal PortalUser user,
			@RequestParam(defaultValue = "false") boolean dryRun, HttpServletRequest request) throws IOException {
		requireAdmin(user);
		byte[] content = UploadBodies.readAtMost(request, AgencyTreeFormat.MAX_BYTES);
		if (content == null) {
			return problem(HttpStatus.CONTENT_TOO_LARGE, "api.exchange.tooLarge",
					AgencyTreeFormat.MAX_BYTES / 1024 / 1024);
		}
		ImportResult result = this.importer.run(content, dryRun);
		if (result.hasErrors() && !dryRun) {
			ResponseEntity<ProblemDetail> refused = problem(HttpStatus.UNPROCESSABLE_CONTENT, "api.exchange.refused",
					result.errors().size());
			ProblemDetail body = refused.getBody();
			body.setProperty("created", result.created());
			body.setProperty("renamed", result.renamed());
			body.setProperty("closed", result.closed());
			body.setProperty("linked", result.linked());
			body.setProperty("updated", result.updated());
			body.setProperty("unchanged", result.unchanged());
			body.setProperty("errors", result.errors());
			return refused;
		}
		return ResponseEntity.ok(ImportJson.of(result));
	}

	private ResponseEntity<ProblemDetail> problem(HttpStatus status, String key, Object argument) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setTitle(this.messages.getMessage(key + ".title", null, locale));
		problem.setDetail(this.messages.getMessage(key, new Object[] { argument }, locale));
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static void requireAdmin(PortalUser user) {
		if (!user.hasRole(Role.ADMIN)) {
			throw new AccessDeniedException("The agency tree exchange is for administrators");
		}
	}

	record ImportJson(List<String> created, List<String> renamed, List<String> closed, List<String> linked,
			List<String> updated, int unchanged, List<ImportResult.RowError> errors) {

		static ImportJson of(ImportResult result) {
			return new ImportJson(result.created(), result.renamed(), result.closed(), result.linked(),
					result.updated(), result.unchanged(), result.errors());
		}

	}

}
