package vn.thads.portal.report;

import java.util.Locale;
import java.util.Map;

import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * Renders a {@link ReportDocument} with the print template outside a web request, for the
 * PDF. The print view of a request renders the same template as a view with the same
 * model, {@value #MODEL} (and no {@value #FOR_PDF}).
 */
@Component
public class ReportHtml {

	/** The print template: one for the page, the PDF and nothing else. */
	public static final String TEMPLATE = "report/report";

	/** Model attribute holding the {@link ReportDocument}. */
	public static final String MODEL = "report";

	/**
	 * Model attribute telling the template that no browser will read it: assets are
	 * linked relative to the classpath and the fonts come from the PDF renderer.
	 */
	static final String FOR_PDF = "pdf";

	private final ITemplateEngine templates;

	private final ApplicationContext application;

	ReportHtml(ITemplateEngine templates, ApplicationContext application) {
		this.templates = templates;
		this.application = application;
	}

	/** Model attribute: where the signatures go, a {@link LastPage}. */
	static final String KEEP = "keep";

	/**
	 * How the last page is laid out. The signatures must not stand alone on it: when they
	 * would, the PDF renderer lays the report out again with the last band, or when that
	 * band is longer than a page its last rows, starting a page before them.
	 */
	enum LastPage {

		AS_LAID_OUT, WITH_LAST_BAND, WITH_LAST_ROWS

	}

	/** The XHTML of the print view as the PDF renderer reads it. */
	public String renderForPdf(ReportDocument report, Locale locale) {
		return renderForPdf(report, locale, LastPage.AS_LAID_OUT);
	}

	String renderForPdf(ReportDocument report, Locale locale, LastPage lastPage) {
		Context context = new Context(locale, Map.of(MODEL, report, FOR_PDF, true, KEEP, lastPage));
		// Without a request, ${@fmt…} needs the application context to find the bean.
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.application, null));
		return this.templates.process(TEMPLATE, context);
	}

}
