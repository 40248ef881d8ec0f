package vn.thads.portal.report.web;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.HandlerMapping;
import vn.thads.portal.report.PrintedReports;
import vn.thads.portal.report.ReportOptions;
import vn.thads.portal.report.ReportRequest;
import vn.thads.portal.report.ReportSelection;
import vn.thads.portal.report.document.PrintedDocument;
import vn.thads.portal.security.PortalUser;
import vn.thads.portal.shared.InvalidInputException;
import vn.thads.portal.web.Downloads;

/**
 * A report of an agency's subtree for a period: the print view (a document, no portal
 * navigation), its PDF and its Excel workbook, {@code /reports/KG/2022-09[.pdf|.xlsx]},
 * with {@code ?kind=}, {@code basis=} and {@code date=} as in {@link ReportOptions}. A
 * link that cannot be printed (a period not yet ended) shows the selection page with the
 * reason, not an error page.
 */
@Controller
@RequestMapping("/reports/{agency}")
class ReportController {

	private final PrintedReports reports;

	ReportController(PrintedReports reports) {
		this.reports = reports;
	}

	@GetMapping("/{period:\\d{4}-\\d{2}}")
	String print(@PathVariable String agency, @PathVariable String period, ReportOptions options,
			@AuthenticationPrincipal PortalUser user, Locale locale, Model model) {
		ReportRequest request = this.reports.request(user, agency, period, options);
		PrintedDocument document = this.reports.document(request, locale);
		model.addAttribute(PrintedDocument.MODEL, document);
		model.addAttribute("pdfHref", ReportLinks.of(request, ReportLinks.PDF));
		model.addAttribute("xlsxHref", ReportLinks.of(request, ReportLinks.XLSX));
		model.addAttribute("backHref", ReportLinks.selection(request));
		return document.template();
	}

	@GetMapping("/{period:\\d{4}-\\d{2}}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String agency, @PathVariable String period, ReportOptions options,
			@AuthenticationPrincipal PortalUser user, Locale locale) {
		ReportRequest request = this.reports.request(user, agency, period, options);
		return Downloads.attachment(MediaType.APPLICATION_PDF, request.fileName(ReportLinks.PDF),
				this.reports.pdf(request, locale));
	}

	@GetMapping("/{period:\\d{4}-\\d{2}}.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable String agency, @PathVariable String period, ReportOptions options,
			@AuthenticationPrincipal PortalUser user, Locale locale) {
		ReportRequest request = this.reports.request(user, agency, period, options);
		return Downloads.attachment(Downloads.XLSX, request.fileName(ReportLinks.XLSX),
				this.reports.xlsx(request, locale));
	}

	/**
	 * A period not yet ended, a kind that does not fit it, a bad date: the selection page
	 * says why, with the link's choices on it.
	 */
	@ExceptionHandler(InvalidInputException.class)
	String refused(InvalidInputException ex, HttpServletRequest request, @AuthenticationPrincipal PortalUser user,
			Model model, HttpServletResponse response) {
		@SuppressWarnings("unchecked")
		Map<String, String> path = (Map<String, String>) request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		ReportSelection selection = this.reports.selection(user, path.get("agency"));
		ReportChoiceForm form = ReportChoiceForm
			.of(selection.agency().code(), path.get("period"),
					new ReportOptions(request.getParameter("kind"), request.getParameter("basis"),
							request.getParameter("date")),
					selection.firstMonth())
			.withDefaults(selection);
		BindingResult binding = new BeanPropertyBindingResult(form, SelectionPage.FORM);
		SelectionPage.reject(ex, binding);
		model.addAttribute(SelectionPage.FORM, form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + SelectionPage.FORM, binding);
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return SelectionPage.show(selection, model);
	}

}
