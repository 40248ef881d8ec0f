package vn.thads.portal.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import vn.thads.portal.shared.ConflictException;
import vn.thads.portal.shared.FieldProblem;
import vn.thads.portal.shared.InvalidInputException;
import vn.thads.portal.shared.NotFoundException;

/**
 * Errors of the JSON API as RFC 9457 problem details (api.md, Conventions), worded in the
 * caller's language; validation problems carry an {@code errors} array of {@code {field,
 * message}}. Never a stack trace.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrorHandling extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiErrorHandling.class);

	private final MessageSource messages;

	ApiErrorHandling(MessageSource messages) {
		this.messages = messages;
		setMessageSource(messages);
	}

	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<ProblemDetail> invalid(InvalidInputException ex) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "api.invalid", null);
		List<Map<String, String>> errors = ex.getProblems()
			.stream()
			.map((p) -> Map.of("field", p.field(), "message", message(p, locale)))
			.toList();
		problem.setProperty("errors", errors);
		return respond(problem);
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(NotFoundException ex) {
		return respond(problem(HttpStatus.NOT_FOUND, "api.notFound", null));
	}

	@ExceptionHandler(ConflictException.class)
	ResponseEntity<ProblemDetail> conflict(ConflictException ex) {
		String detail = this.messages.getMessage(ex.getCode(), ex.getArguments(), LocaleContextHolder.getLocale());
		return respond(problem(HttpStatus.CONFLICT, "api.conflict", detail));
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<ProblemDetail> stale(OptimisticLockingFailureException ex) {
		return respond(problem(HttpStatus.CONFLICT, "api.conflict",
				this.messages.getMessage("error.409.stale", null, LocaleContextHolder.getLocale())));
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> forbidden(AccessDeniedException ex) {
		return respond(problem(HttpStatus.FORBIDDEN, "api.forbidden", null));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		if (DatabaseOutage.causedBy(ex)) {
			log.warn("API request failed: the database cannot be reached ({})", ex.getMessage());
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.header(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER_SECONDS)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problem(HttpStatus.SERVICE_UNAVAILABLE, "api.unavailable", null));
		}
		log.error("API request failed", ex);
		return respond(problem(HttpStatus.INTERNAL_SERVER_ERROR, "api.internal", null));
	}

	private String message(FieldProblem p, Locale locale) {
		return this.messages.getMessage(p.code(), p.argumentArray(), p.code(), locale);
	}

	private ProblemDetail problem(HttpStatus status, String key, String detail) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setTitle(this.messages.getMessage(key + ".title", null, locale));
		problem.setDetail((detail != null) ? detail : this.messages.getMessage(key, null, locale));
		return problem;
	}

	private ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
