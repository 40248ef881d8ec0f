package vn.thads.portal.workbook.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A workbook upload larger than the server parses at all
 * ({@code spring.servlet.multipart.max-request-size}): Tomcat would refuse it while the
 * CSRF check reads the form, with an error page of its own. Before that, this filter
 * reads the body to its end (so the browser sees an answer, not a reset connection) and
 * sends the officer back to the entry page, which says the file is too large. Bodies
 * beyond {@link #DRAINED} times the limit are left to Tomcat's refusal.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 60)
class OversizedUploads extends OncePerRequestFilter {

	private static final Pattern PATH = Pattern.compile("/returns/([A-Za-z0-9-]{1,20})/(\\d{4}-\\d{2})/workbook");

	private static final int DRAINED = 8;

	private final long limit;

	OversizedUploads(@Value("${spring.servlet.multipart.max-request-size:13MB}") DataSize limit) {
		this.limit = limit.toBytes();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String type = request.getContentType();
		return !"POST".equals(request.getMethod()) || type == null
				|| !type.toLowerCase(java.util.Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE)
				|| request.getContentLengthLong() <= this.limit
				|| request.getContentLengthLong() > DRAINED * this.limit;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Matcher path = PATH.matcher(request.getRequestURI().substring(request.getContextPath().length()));
		if (!path.matches()) {
			chain.doFilter(request, response);
			return;
		}
		try (InputStream body = request.getInputStream()) {
			body.transferTo(java.io.OutputStream.nullOutputStream());
		}
		response.setStatus(HttpStatus.SEE_OTHER.value());
		response.setHeader("Location",
				request.getContextPath() + "/returns/" + path.group(1) + "/" + path.group(2) + "?workbook=tooLarge");
	}

}
