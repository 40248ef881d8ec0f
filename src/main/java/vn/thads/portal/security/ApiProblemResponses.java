package vn.thads.portal.security;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * 401, 403 and the cross-site 415 of the API as RFC 9457 problem details, in the caller's
 * language. The 401 challenges with a scheme of our own, never {@code Basic}: a browser
 * answers a Basic challenge with a password dialog and then keeps sending that password
 * to the API by itself, also for requests a page on another site makes. Clients send
 * their Basic credentials with the request, unasked (as curl, scripts and Power Query
 * do).
 */
@Component
class ApiProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

	/** Says how to authenticate without being a scheme a browser answers by itself. */
	static final String CHALLENGE = "X-Basic realm=\"thads-portal\", charset=\"UTF-8\"";

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
