package vn.thads.portal.security;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import vn.thads.portal.web.DatabaseOutage;

/**
 * 401 and 403 of the API as RFC 9457 problem details (503 when the sign-in failed because
 * the database is down), in the caller's language, with the Basic challenge so that
 * scripts and spreadsheets know how to authenticate.
 */
@Component
class ApiProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final MessageSource messages;

	private final LocaleResolver localeResolver;

	private final JsonMapper json = JsonMapper.builder().build();

	ApiProblemResponses(MessageSource messages, LocaleResolver localeResolver) {
		this.messages = messages;
		this.localeResolver = localeResolver;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException {
		if (DatabaseOutage.causedBy(authException)) {
			// the user lookup failed, not the password: say so, and when to retry
			response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER_SECONDS);
			write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "api.unavailable");
			return;
		}
		response.setHeader("WWW-Authenticate", "Basic realm=\"thads-portal\", charset=\"UTF-8\"");
		write(request, response, HttpStatus.UNAUTHORIZED, "api.unauthorized");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) throws IOException {
		write(request, response, HttpStatus.FORBIDDEN, "api.forbidden");
	}

	private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key)
			throws IOException {
		Locale locale = this.localeResolver.resolveLocale(request);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, this.messages.getMessage(key, null, locale));
		problem.setTitle(this.messages.getMessage(key + ".title", null, locale));
		response.setStatus(status.value());
		response.setCharacterEncoding("UTF-8");
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		this.json.writeValue(response.getOutputStream(), problem);
	}

}
