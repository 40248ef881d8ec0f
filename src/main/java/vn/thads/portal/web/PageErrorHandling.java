package vn.thads.portal.web;

import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import vn.thads.portal.shared.ConflictException;
import vn.thads.portal.shared.InvalidInputException;
import vn.thads.portal.shared.NotFoundException;

/**
 * Known failures of page requests rendered as friendly pages. Anything else reaches
 * Spring Boot's error page ({@code templates/error/500.html}), which shows no stack
 * trace; access denied is left to Spring Security, which answers 403.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrorHandling {

	private final MessageSource messages;

	PageErrorHandling(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound(HttpServletResponse response) {
		return page(response, HttpStatus.NOT_FOUND, "error/404", null);
	}

	/**
	 * Bad input no form shows (a month 13 or a year 1000000000 in the address): 400 with
	 * what is wrong, in words.
	 */
	@ExceptionHandler(InvalidInputException.class)
	ModelAndView invalid(InvalidInputException ex, HttpServletResponse response) {
		Locale locale = LocaleContextHolder.getLocale();
		String detail = ex.getProblems()
			.stream()
			.map((p) -> this.messages.getMessage(p.code(), p.argumentArray(), p.code(), locale))
			.collect(Collectors.joining(" "));
		return page(response, HttpStatus.BAD_REQUEST, "error/400", detail);
	}

	@ExceptionHandler(ConflictException.class)
	ModelAndView conflict(ConflictException ex, HttpServletResponse response) {
		String detail = this.messages.getMessage(ex.getCode(), ex.getArguments(), LocaleContextHolder.getLocale());
		return page(response, HttpStatus.CONFLICT, "error/409", detail);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ModelAndView staleVersion(HttpServletResponse response) {
		String detail = this.messages.getMessage("error.409.stale", null, LocaleContextHolder.getLocale());
		return page(response, HttpStatus.CONFLICT, "error/409", detail);
	}

	/** The database is down: a clear page, not a stack trace nor a sign-in failure. */
	@ExceptionHandler({ DataAccessResourceFailureException.class, TransientDataAccessResourceException.class,
			CannotCreateTransactionException.class })
	ModelAndView databaseOutage(HttpServletResponse response) {
		response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER_SECONDS);
		return page(response, HttpStatus.SERVICE_UNAVAILABLE, "error/503", null);
	}

	private ModelAndView page(HttpServletResponse response, HttpStatus status, String view, String detail) {
		response.setStatus(status.value());
		ModelAndView page = new ModelAndView(view, status);
		page.addObject("status", status.value());
		page.addObject("detail", detail);
		return page;
	}

}
