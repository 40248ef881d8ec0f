package vn.thads.portal.report.document;

import java.util.Locale;
import java.util.Map;

import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * Renders a {@link PrintedDocument} with its template outside a web request, for the PDF.
 * The print view of a request renders the same template as a view with the same model,
 * {@link PrintedDocument#MODEL} (and no {@value #FOR_PDF}), see {@link #VIEW_MODEL}.
 */
@Component
public class DocumentHtml {

	/**
	 * Model attribute telling the template that no browser will read it: assets are
	 * linked relative to the classpath and the fonts come from the PDF renderer.
	 */
	static final String FOR_PDF = "pdf";

	/** Model attribute: where the signatures go, a {@link LastPage}. */
	static final String KEEP = "keep";

	private final ITemplateEngine templates;

	private final ApplicationContext application;

	DocumentHtml(ITemplateEngine templates, ApplicationContext application) {
		this.templates = templates;
		this.application = application;
	}

	/**
	 * How the last page is laid out. The signatures must not stand alone on it: when they
	 * would, the PDF renderer lays the document out again with the last block, or when
	 * that block is longer than a page its last rows, starting a page before them.
	 */
	public enum LastPage {

		AS_LAID_OUT, WITH_LAST_BAND, WITH_LAST_ROWS

	}

	/** The model of a print view: put it in the page's model and return the template. */
	public static Map<String, Object> viewModel(PrintedDocument document) {
		return Map.of(PrintedDocument.MODEL, document);
	}

	/** The XHTML of the print view as the PDF renderer reads it. */
	public String renderForPdf(PrintedDocument document, Locale locale) {
		return renderForPdf(document, locale, LastPage.AS_LAID_OUT);
	}

	String renderForPdf(PrintedDocument document, Locale locale, LastPage lastPage) {
		Context context = new Context(locale, Map.of(PrintedDocument.MODEL, document, FOR_PDF, true, KEEP, lastPage));
		// Without a request, ${@fmt…} needs the application context to find the bean.
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.application, null));
		return this.templates.process(document.template(), context);
	}

}
