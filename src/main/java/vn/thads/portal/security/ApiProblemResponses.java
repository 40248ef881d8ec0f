package vn.thads.portal.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
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
 * 401, 403, 429, 503 and the cross-site 415 of the API as RFC 9457 problem details, in
 * the caller's language. The 401 challenges with a scheme of our own, never
 * {@code Basic}: a browser answers a Basic challenge with a password dialog and then
 * keeps sending that password to the API by itself, also for requests a page on another
 * site makes. Clients send their Basic credentials with the request, unasked (as curl,
 * scripts and Power Query do). 503 when the sign-in failed because the database is down;
 * 429 with {@code Retry-After} while too many failed sign-ins lock the caller's address.
 */
@Component
class ApiProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

	/** Says how to authenticate without being a scheme a browser answers by itself. */
	static final String CHALLENGE = "X-Basic realm=\"thads-portal\", charset=\"UTF-8\"";

	private final MessageSource messages;

	private final LocaleResolver localeResolver;

	private final JsonMapper json = JsonMapper.builder().build();

	private final Clock clock;

	ApiProblemResponses(MessageSource messages, LocaleResolver localeResolver, Clock clock) {
		this.messages = messages;
		this.localeResolver = localeResolver;
		this.clock = clock;
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
		if (authException instanceof SignInLockedException locked) {
			// no challenge: the password would not be checked before the lock ends
			long seconds = Math.max(1, Duration.between(this.clock.instant(), locked.getRetryAt()).toSeconds() + 1);
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
			write(request, response, HttpStatus.TOO_MANY_REQUESTS, "api.locked");
			return;
		}
		response.setHeader("WWW-Authenticate", CHALLENGE);
		write(request, response, HttpStatus.UNAUTHORIZED, "api.unauthorized");
	}

	/** A write whose content type a form on another site could send. */
	void unsupportedMediaType(HttpServletRequest request, HttpServletResponse response) throws IOException {
		write(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "api.unsupportedMediaType");
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
