package vn.thads.portal.security;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import vn.thads.portal.web.DatabaseOutage;

/**
 * A failed sign-in through the form: a wrong password goes back to the form with an
 * error, as ever; a sign-in that failed because the database is down (the user lookup
 * threw) shows the 503 page instead of calling the password wrong.
 */
class SignInFailures implements AuthenticationFailureHandler {

	private final AuthenticationFailureHandler wrongPassword = new SimpleUrlAuthenticationFailureHandler(
			"/login?error");

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException, ServletException {
		if (!DatabaseOutage.causedBy(exception)) {
			this.wrongPassword.onAuthenticationFailure(request, response, exception);
			return;
		}
		response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER_SECONDS);
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		// Spring Boot's error controller renders templates/error/503.html for this status
		request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpStatus.SERVICE_UNAVAILABLE.value());
		request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
		request.getRequestDispatcher("/error").forward(request, response);
	}

}
