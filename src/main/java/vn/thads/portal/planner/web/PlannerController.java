package vn.thads.portal.planner.web;

import java.util.Locale;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thads.portal.agency.AgencyScope;
import vn.thads.portal.period.ReportingCalendar;
import vn.thads.portal.planner.PlannerPrint;
import vn.thads.portal.planner.SprintPlan;
import vn.thads.portal.planner.SprintPlanner;
import vn.thads.portal.report.document.DocumentXlsx;
import vn.thads.portal.report.document.PdfRenderer;
import vn.thads.portal.security.PortalUser;
import vn.thads.portal.security.Role;
import vn.thads.portal.shared.FieldProblem;
import vn.thads.portal.shared.InvalidInputException;
import vn.thads.portal.web.Downloads;

/**
 * {@code /planner}: the user's own agency's sprint planner; {@code /planner/{agency}} any
 * agency in scope ({@code ?period=YYYY-MM}), {@code /planner/{agency}.pdf} its print. A
 * period that is malformed or has not ended leads back to the latest one, with a message
 * saying why.
 */
@Controller
class PlannerController {

	private final SprintPlanner planner;

	private final AgencyScope scope;

	private final ReportingCalendar calendar;

	private final PlannerPrint print;

	private final PdfRenderer pdf;

	private final DocumentXlsx xlsx;

	PlannerController(SprintPlanner planner, AgencyScope scope, ReportingCalendar calendar, PlannerPrint print,
			PdfRenderer pdf, DocumentXlsx xlsx) {
		this.planner = planner;
		this.print = print;
		this.pdf = pdf;
		this.xlsx = xlsx;
		this.scope = scope;
		this.calendar = calendar;
	}

	@GetMapping("/planner")
	String mine(@AuthenticationPrincipal PortalUser user) {
		String home = user.hasRole(Role.ADMIN) ? this.scope.top(user).code() : user.getAgencyCode();
		return "redirect:/planner/" + home;
	}

	@GetMapping("/planner/{agency}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String agency, @RequestParam(required = false) String period,
			@RequestParam(required = false) String basis, @AuthenticationPrincipal PortalUser user, Locale locale) {
		SprintPlan plan = this.planner.plan(user, agency, period, basis);
		return Downloads.attachment(MediaType.APPLICATION_PDF, fileName(plan) + ".pdf",
				this.pdf.render(this.print.document(plan, locale), locale));
	}

	/** The same document as a workbook. */
	@GetMapping("/planner/{agency}.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable String agency, @RequestParam(required = false) String period,
			@RequestParam(required = false) String basis, @AuthenticationPrincipal PortalUser user, Locale locale) {
		SprintPlan plan = this.planner.plan(user, agency, period, basis);
		return Downloads.attachment(Downloads.XLSX, fileName(plan) + ".xlsx",
				this.xlsx.write(this.print.document(plan, locale), locale));
	}

	private static String fileName(SprintPlan plan) {
		return "nuoc-rut-" + plan.agency().code() + "-" + plan.period().code();
	}

	@GetMapping("/planner/{agency}")
	String show(@PathVariable String agency, @RequestParam(required = false) String period,
			@RequestParam(required = false) String basis, @AuthenticationPrincipal PortalUser user, Model model,
			RedirectAttributes redirect) {
		try {
			if (period != null && !period.isBlank()
					&& !this.calendar.parse(period.strip()).hasEnded(this.calendar.today())) {
				throw new InvalidInputException(FieldProblem.of("period", "dashboard.period.notEnded", period.strip()));
			}
			SprintPlan plan = this.planner.plan(user, agency, period, basis);
			model.addAttribute("plan", plan);
			model.addAttribute("page", PlannerPage.of(plan, this.calendar.today()));
			return "planner/planner";
		}
		catch (InvalidInputException ex) {
			FieldProblem problem = ex.getProblems().get(0);
			redirect.addFlashAttribute("failure", problem.code());
			redirect.addFlashAttribute("failureArgs", problem.argumentArray());
			return "redirect:/planner/" + agency;
		}
	}

}
