package vn.thads.portal.dashboard.web;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * A template fragment rendered to text by Spring MVC's own Thymeleaf view, in the current
 * request (the same messages, formatters, links and request data as the page it goes
 * into), so that it can be kept ({@link KeptDashboards}) and inserted with
 * {@code th:utext}.
 */
@Component
class RenderedFragment {

	private final ViewResolver views;

	RenderedFragment(@Qualifier("thymeleafViewResolver") ViewResolver views) {
		this.views = views;
	}

	/**
	 * @param view a view name with its fragment, {@code template :: fragment}
	 */
	Html render(String view, Map<String, ?> model, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		try {
			View resolved = this.views.resolveViewName(view, locale);
			if (resolved == null) {
				throw new IllegalStateException("No view " + view);
			}
			Captured captured = new Captured(response);
			resolved.render(model, request, captured);
			return new Html(captured.text());
		}
		catch (RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not render " + view, ex);
		}
	}

	/**
	 * Markup written by one of the portal's own templates, every value in it escaped by
	 * Thymeleaf: the only text a page may insert unescaped ({@code th:utext}). Nothing
	 * but {@link #render} can make one.
	 */
	static final class Html {

		private final String text;

		private Html(String text) {
			this.text = text;
		}

		String text() {
			return this.text;
		}

		int length() {
			return this.text.length();
		}

		@Override
		public String toString() {
			return this.text;
		}

	}

	/** The response as the view sees it: its text is kept, its headers are left alone. */
	private static final class Captured extends HttpServletResponseWrapper {

		private final StringWriter text = new StringWriter(64 * 1024);

		private final PrintWriter writer = new PrintWriter(this.text);

		Captured(HttpServletResponse response) {
			super(response);
		}

		@Override
		public PrintWriter getWriter() {
			return this.writer;
		}

		@Override
		public void setContentType(String type) {
		}

		@Override
		public void setCharacterEncoding(String charset) {
		}

		@Override
		public void setLocale(Locale locale) {
		}

		@Override
		public void flushBuffer() {
			this.writer.flush();
		}

		String text() {
			this.writer.flush();
			return this.text.toString();
		}

	}

}
