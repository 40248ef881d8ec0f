package vn.thads.portal.agency;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps the agency tree ({@link AgencyLineage}) for the length of one web request, so
 * that the many look-ups and scope checks of a page read it once. Outside a request
 * (scheduled work, a page's second thread, tests calling services) nothing is kept.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class LineagePerRequest extends OncePerRequestFilter {

	private static final ThreadLocal<AgencyLineage[]> KEPT = new ThreadLocal<>();

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		KEPT.set(new AgencyLineage[1]);
		try {
			chain.doFilter(request, response);
		}
		finally {
			KEPT.remove();
		}
	}

	/** The slot of the current request, or null outside a request. */
	static AgencyLineage[] slot() {
		return KEPT.get();
	}

	/** Forgets what the current request kept: the tree has just changed. */
	static void forget() {
		AgencyLineage[] slot = KEPT.get();
		if (slot != null) {
			slot[0] = null;
		}
	}

}
