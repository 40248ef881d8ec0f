package vn.thads.portal.dashboard.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import vn.thads.portal.dashboard.Dashboards;
import vn.thads.portal.dashboard.UnitsTable;
import vn.thads.portal.security.PortalUser;
import vn.thads.portal.shared.FieldProblem;
import vn.thads.portal.shared.InvalidInputException;

/**
 * The units table of a dashboard as a file: {@code /dashboard/{agency}/units.csv} and
 * {@code …/units.xlsx}, with the page's {@code period} and {@code basis}; scope checked
 * like the page (403 outside it).
 */
@Controller
class DashboardExportController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final Dashboards dashboards;

	private final MessageSource messages;

	DashboardExportController(Dashboards dashboards, MessageSource messages) {
		this.dashboards = dashboards;
		this.messages = messages;
	}

	@GetMapping("/dashboard/{agency}/units.csv")
	ResponseEntity<byte[]> csv(@PathVariable String agency, @RequestParam(required = false) String period,
			@RequestParam(required = false) String basis, @AuthenticationPrincipal PortalUser user) {
		UnitsTable table = this.dashboards.units(user, agency, period, basis);
		return file(UnitsCsv.write(sheet(table)), new MediaType("text", "csv", StandardCharsets.UTF_8), table, "csv");
	}

	@GetMapping("/dashboard/{agency}/units.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable String agency, @RequestParam(required = false) String period,
			@RequestParam(required = false) String basis, @AuthenticationPrincipal PortalUser user) {
		UnitsTable table = this.dashboards.units(user, agency, period, basis);
		return file(UnitsXlsx.write(sheet(table), table.period().code()), XLSX, table, "xlsx");
	}

	/**
	 * A malformed period or one that has not ended leads to the dashboard (the latest
	 * period), with the message saying why, as the page does.
	 */
	@ExceptionHandler(InvalidInputException.class)
	ModelAndView invalid(InvalidInputException ex, HttpServletRequest request) {
		// exception handlers get no @PathVariable: the matched variables are on the
		// request
		Map<?, ?> variables = (Map<?, ?>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		String agency = String.valueOf(variables.get("agency"));
		FieldProblem problem = ex.getProblems().get(0);
		FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
		flash.put("failure", problem.code());
		flash.put("failureArgs", problem.argumentArray());
		return new ModelAndView("redirect:/dashboard/" + agency);
	}

	private UnitsSheet sheet(UnitsTable table) {
		return UnitsSheet.of(table, this.messages, LocaleContextHolder.getLocale());
	}

	/** {@code don-vi-KG-2022-09.csv}: codes and digits only, safe in any header. */
	private static ResponseEntity<byte[]> file(byte[] body, MediaType type, UnitsTable table, String extension) {
		String name = "don-vi-%s-%s.%s".formatted(table.agency().code(), table.period().code(), extension);
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(body);
	}

}
