package vn.thads.portal.security;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.util.InvalidMimeTypeException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an API write (POST, PUT, PATCH, DELETE) whose body a page on another site could
 * have sent: an HTML form, or a script without CORS, can only send
 * {@code application/x-www-form-urlencoded}, {@code multipart/form-data} or
 * {@code text/plain}, with the browser adding whatever credentials it keeps. Those three,
 * a missing or unreadable type, answer 415 before any password is checked; the JSON
 * endpoints then take only {@code application/json}, the uploads only their file types.
 */
class CrossSiteWrites extends OncePerRequestFilter {

	private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

	private static final Set<MediaType> FORM_TYPES = Set.of(MediaType.APPLICATION_FORM_URLENCODED,
			MediaType.MULTIPART_FORM_DATA, MediaType.TEXT_PLAIN);

	private final ApiProblemResponses problems;

	CrossSiteWrites(ApiProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (WRITES.contains(request.getMethod()) && !acceptable(request.getContentType())) {
			this.problems.unsupportedMediaType(request, response);
			return;
		}
		chain.doFilter(request, response);
	}

	static boolean acceptable(String contentType) {
		if (contentType == null || contentType.isBlank()) {
			return false;
		}
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			return !type.isWildcardType() && !type.isWildcardSubtype()
					&& FORM_TYPES.stream().noneMatch((form) -> form.equalsTypeAndSubtype(type));
		}
		catch (InvalidMimeTypeException ex) {
			return false;
		}
	}

}
