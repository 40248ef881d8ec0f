package vn.thads.portal.meeting.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.thads.portal.agency.AgencyScope;
import vn.thads.portal.meeting.MeetingPack;
import vn.thads.portal.meeting.MeetingPackAssembler;
import vn.thads.portal.report.document.DocumentXlsx;
import vn.thads.portal.report.document.PdfRenderer;
import vn.thads.portal.report.document.PrintedDocument;
import vn.thads.portal.report.document.ToolbarLink;
import vn.thads.portal.security.PortalUser;
import vn.thads.portal.security.Role;
import vn.thads.portal.shared.InvalidInputException;
import vn.thads.portal.web.Downloads;

/**
 * The meeting pack: {@code /meetings} the user's own agency's last month,
 * {@code /meetings/AG/2026-10} the print view of any agency in scope and
 * {@code /meetings/AG/2026-10.pdf} its PDF, {@code .xlsx} the same as a workbook. A month
 * malformed or not yet ended leads to the last month that has ended.
 */
@Controller
class MeetingController {

	private final MeetingPackAssembler packs;

	private final PdfRenderer pdf;

	private final DocumentXlsx xlsx;

	private final AgencyScope scope;

	MeetingController(MeetingPackAssembler packs, PdfRenderer pdf, DocumentXlsx xlsx, AgencyScope scope) {
		this.packs = packs;
		this.pdf = pdf;
		this.xlsx = xlsx;
		this.scope = scope;
	}

	@GetMapping("/meetings")
	String mine(@AuthenticationPrincipal PortalUser user) {
		String home = user.hasRole(Role.ADMIN) ? this.scope.top(user).code() : user.getAgencyCode();
		return "redirect:/meetings/" + home;
	}

	@GetMapping("/meetings/{agency}")
	String latest(@PathVariable String agency, @AuthenticationPrincipal PortalUser user) {
		String code = this.packs.agency(user, agency).code();
		return "redirect:/meetings/" + code + "/" + this.packs.lastEnded().code();
	}

	@GetMapping("/meetings/{agency}/{period:\\d{4}-\\d{2}}")
	String show(@PathVariable String agency, @PathVariable String period, @AuthenticationPrincipal PortalUser user,
			Locale locale, Model model) {
		MeetingPack pack;
		try {
			pack = this.packs.pack(user, agency, period, locale);
		}
		catch (InvalidInputException ex) {
			return "redirect:/meetings/" + agency;
		}
		String base = "/meetings/" + pack.agency().code() + "/" + pack.period().code();
		model.addAttribute(PrintedDocument.MODEL, pack.document());
		model.addAttribute("pdfHref", base + ".pdf");
		model.addAttribute("xlsxHref", base + ".xlsx");
		List<ToolbarLink> links = new ArrayList<>();
		links.add(new ToolbarLink("to-dashboard", "planner.toDashboard",
				"/dashboard/" + pack.agency().code() + "?period=" + pack.period().code()));
		links.add(new ToolbarLink("to-planner", "meeting.toPlanner",
				"/planner/" + pack.agency().code() + "?period=" + pack.period().code()));
		links.add(new ToolbarLink("to-key-cases", "meeting.toKeyCases", "/key-cases?agency=" + pack.agency().code()));
		if (pack.canEnter()) {
			links.add(new ToolbarLink("enter-decisions", "meeting.enterDecisions", base + "/decisions"));
		}
		links.add(new ToolbarLink("pack-previous", "meeting.previous",
				"/meetings/" + pack.agency().code() + "/" + pack.period().plusMonths(-1).code()));
		model.addAttribute("toolbarLinks", links);
		return pack.document().template();
	}

	@GetMapping("/meetings/{agency}/{period:\\d{4}-\\d{2}}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String agency, @PathVariable String period,
			@AuthenticationPrincipal PortalUser user, Locale locale) {
		MeetingPack pack = this.packs.pack(user, agency, period, locale);
		return Downloads.attachment(MediaType.APPLICATION_PDF, pack.fileName() + ".pdf",
				this.pdf.render(pack.document(), locale));
	}

	/**
	 * The same document as a workbook, for those who keep the meeting's papers in Excel.
	 */
	@GetMapping("/meetings/{agency}/{period:\\d{4}-\\d{2}}.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable String agency, @PathVariable String period,
			@AuthenticationPrincipal PortalUser user, Locale locale) {
		MeetingPack pack = this.packs.pack(user, agency, period, locale);
		return Downloads.attachment(Downloads.XLSX, pack.fileName() + ".xlsx",
				this.xlsx.write(pack.document(), locale));
	}

}
