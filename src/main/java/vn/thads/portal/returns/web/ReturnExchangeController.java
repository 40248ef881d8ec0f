package vn.thads.portal.returns.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.thads.portal.agency.AgencyScope;
import vn.thads.portal.period.ReportingCalendar;
import vn.thads.portal.period.ReportingPeriod;
import vn.thads.portal.returns.ReturnMessages;
import vn.thads.portal.returns.ReadFigures;
import vn.thads.portal.returns.exchange.ExchangeRow;
import vn.thads.portal.returns.exchange.ReturnExport;
import vn.thads.portal.returns.exchange.ReturnFile;
import vn.thads.portal.security.PortalUser;
import vn.thads.portal.security.Role;
import vn.thads.portal.shared.InvalidInputException;

/**
 * "Xuất số liệu báo cáo" (leaders and administrators): the returns of an agency's subtree
 * for a range of periods as the exchange file of the API, CSV or JSON.
 */
@Controller
@RequestMapping("/exchange/returns")
class ReturnExchangeController {

	private static final String VIEW = "returns/exchange";

	private final ReturnExport export;

	private final AgencyScope scope;

	private final ReportingCalendar calendar;

	private final ReturnMessages messages;

	ReturnExchangeController(ReturnExport export, AgencyScope scope, ReportingCalendar calendar,
			ReturnMessages messages) {
		this.export = export;
		this.scope = scope;
		this.calendar = calendar;
		this.messages = messages;
	}

	@GetMapping
	String page(@AuthenticationPrincipal PortalUser user, Model model) {
		ReportingPeriod last = this.calendar.lastEnded();
		// the last twelve periods that have ended
		form(user, model, this.scope.top(user).code(), last.plusMonths(-11).code(), last.code(), "csv");
		return VIEW;
	}

	/** The file; or the page again with what is wrong with the range. */
	@GetMapping("/file")
	String file(@AuthenticationPrincipal PortalUser user, @RequestParam(defaultValue = "") String agency,
			@RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
			@RequestParam(defaultValue = "csv") String format, Model model, HttpServletResponse response)
			throws IOException {
		List<ExchangeRow> rows;
		try {
			rows = this.export.rows(user, agency, from, to);
		}
		catch (InvalidInputException ex) {
			form(user, model, agency, from, to, format);
			model.addAttribute("problems", this.messages.texts(ex.getProblems()));
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return VIEW;
		}
		boolean json = "json".equals(format);
		String name = "bao-cao-" + agency.toLowerCase(Locale.ROOT) + "-" + from + "-" + to + (json ? ".json" : ".csv");
		response.setContentType(json ? MediaType.APPLICATION_JSON_VALUE : "text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(name).build().toString());
		response.getOutputStream().write(json ? this.export.json(rows) : this.export.csv(rows));
		// the response is written: no view
		return null;
	}

	private void form(PortalUser user, Model model, String agency, String from, String to, String format) {
		if (!ReturnExport.mayExport(user)) {
			throw new AccessDeniedException("The returns exchange is for leaders and administrators");
		}
		model.addAttribute("agencies", this.scope.visible(user));
		model.addAttribute("agency", agency);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("format", format);
		model.addAttribute("columns", ReturnFile.header());
		model.addAttribute("categoryCodes", this.export.categoryCodes());
		model.addAttribute("companionColumns", ReadFigures.companionFields());
		model.addAttribute("mayImport", user.hasRole(Role.ADMIN));
	}

}
