package vn.thads.portal.report.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.thads.portal.report.PrintedReports;
import vn.thads.portal.report.ReportRequest;
import vn.thads.portal.report.ReportSelection;
import vn.thads.portal.security.PortalUser;
import vn.thads.portal.shared.InvalidInputException;

/**
 * The selection page ("Báo cáo in"): an agency in the user's scope, a statistical year
 * and one of its reports (quý I–IV, 6, 9, 10 months, the year or a month), the basis and
 * the date; then the print view, the PDF or the workbook.
 */
@Controller
@RequestMapping("/reports")
class ReportSelectionController {

	private final PrintedReports reports;

	ReportSelectionController(PrintedReports reports) {
		this.reports = reports;
	}

	/**
	 * Opens on the user's agency and its latest quarter with data, or on a link's
	 * choices.
	 */
	@GetMapping
	String select(@ModelAttribute(SelectionPage.FORM) ReportChoiceForm form, @AuthenticationPrincipal PortalUser user,
			Model model) {
		ReportSelection selection = this.reports.selection(user, form.getAgency());
		form.withDefaults(selection);
		return SelectionPage.show(selection, model);
	}

	/**
	 * Checks the choices and goes to the report; a period not yet ended or a bad date is
	 * shown on the page with the choices kept.
	 */
	@GetMapping("/open")
	String open(@ModelAttribute(SelectionPage.FORM) ReportChoiceForm form, BindingResult binding,
			@AuthenticationPrincipal PortalUser user, Model model, HttpServletResponse response) {
		ReportSelection selection = this.reports.selection(user, form.getAgency());
		form.withChoiceDefaults(selection);
		if (!binding.hasErrors()) {
			try {
				ReportRequest request = this.reports.request(user, form.getAgency(), form.getYear(), form.getChoice(),
						form.options());
				return "redirect:" + ReportLinks.of(request, form.getFormat());
			}
			catch (InvalidInputException ex) {
				SelectionPage.reject(ex, binding);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return SelectionPage.show(selection, model);
	}

}
