package vn.thads.portal.keycases.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thads.portal.agency.AgencyDirectory;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.keycases.KeyCaseAccess;
import vn.thads.portal.keycases.KeyCaseFilter;
import vn.thads.portal.keycases.KeyCaseReason;
import vn.thads.portal.keycases.KeyCaseRegister;
import vn.thads.portal.keycases.KeyCaseRow;
import vn.thads.portal.keycases.KeyCaseRules;
import vn.thads.portal.keycases.KeyCaseStatus;
import vn.thads.portal.returns.ReturnCategory;
import vn.thads.portal.security.PortalUser;
import vn.thads.portal.shared.InvalidInputException;
import vn.thads.portal.web.FormErrors;

/**
 * The register of an agency's subtree (filters by unit, category and reason), its CSV
 * export (names only when asked, audited) and the new-case form.
 */
@Controller
@RequestMapping("/key-cases")
class KeyCaseRegisterController {

	private final KeyCaseRegister register;

	private final KeyCaseRules rules;

	private final AgencyDirectory directory;

	private final KeyCaseCsv csv;

	KeyCaseRegisterController(KeyCaseRegister register, KeyCaseRules rules, AgencyDirectory directory, KeyCaseCsv csv) {
		this.register = register;
		this.rules = rules;
		this.directory = directory;
		this.csv = csv;
	}

	@GetMapping
	String list(@RequestParam(required = false) String agency, @RequestParam(required = false) String unit,
			@RequestParam(required = false) String category, @RequestParam(required = false) KeyCaseReason reason,
			@RequestParam(defaultValue = "false") boolean closed, @AuthenticationPrincipal PortalUser user, Model model,
			Locale locale) {
		String code = (agency != null && !agency.isBlank()) ? agency : user.getAgencyCode();
		KeyCaseFilter filter = new KeyCaseFilter(blank(unit), blank(category), reason, closed);
		List<KeyCaseRow> rows = this.register.register(user, code, filter);
		AgencyRef root = this.directory.getByCode(code);
		model.addAttribute("agency", root);
		model.addAttribute("rows", rows);
		model.addAttribute("filter", filter);
		model.addAttribute("units",
				this.directory.subtree(root).stream().filter((a) -> a.isActiveOn(this.rules.today())).toList());
		model.addAttribute("reasons", KeyCaseReason.values());
		model.addAttribute("canEnter", this.rules.canKeepCurrent(user, root));
		model.addAttribute("totalOutstanding", rows.stream().mapToLong(KeyCaseRow::outstanding).sum());
		model.addAttribute("overdueCount", rows.stream().filter(KeyCaseRow::overdue).count());
		addCategories(model, locale);
		model.addAttribute("settings", this.rules.settings());
		return "keycases/register";
	}

	@GetMapping("/export.csv")
	ResponseEntity<byte[]> export(@RequestParam(required = false) String agency,
			@RequestParam(defaultValue = "false") boolean withNames,
			@RequestParam(defaultValue = "false") boolean closed, @AuthenticationPrincipal PortalUser user,
			Locale locale) {
		String code = (agency != null && !agency.isBlank()) ? agency : user.getAgencyCode();
		KeyCaseFilter filter = new KeyCaseFilter(null, null, null, closed);
		List<KeyCaseRow> rows;
		if (withNames) {
			rows = this.register.withNames(user, code, filter, KeyCaseAccess.EXPORT_NAMES);
		}
		else {
			rows = this.register.register(user, code, filter);
			this.register.audit(user, code, KeyCaseAccess.EXPORT, rows.size());
		}
		byte[] body = this.csv.write(rows, withNames, categoryNames(locale), locale);
		String name = "vu-viec-trong-diem-" + code + (withNames ? "-co-ten" : "") + ".csv";
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(body);
	}

	@GetMapping("/new")
	String newCase(@RequestParam(required = false) String agency, @AuthenticationPrincipal PortalUser user, Model model,
			Locale locale) {
		KeyCaseForm form = new KeyCaseForm();
		form.setAgency((agency != null) ? agency : user.getAgencyCode());
		model.addAttribute("keyCaseForm", form);
		return newPage(form, user, model, locale);
	}

	@PostMapping("/new")
	String create(@ModelAttribute("keyCaseForm") KeyCaseForm form, BindingResult binding,
			@AuthenticationPrincipal PortalUser user, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (form.getAgency() == null || form.getAgency().isBlank()) {
			form.setAgency(user.getAgencyCode());
		}
		try {
			long id = this.register.create(user, form.getAgency(), form.entry());
			redirect.addFlashAttribute("success", "keycase.created");
			return "redirect:/key-cases/" + id;
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, binding);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return newPage(form, user, model, locale);
		}
	}

	private String newPage(KeyCaseForm form, PortalUser user, Model model, Locale locale) {
		AgencyRef root = this.rules.requireSee(user, form.getAgency());
		if (!this.rules.canKeepCurrent(user, root)) {
			throw new AccessDeniedException("Not the user's cases");
		}
		model.addAttribute("agency", root);
		model.addAttribute("officers", this.register.officers(root.code()));
		model.addAttribute("settings", this.rules.settings());
		addCategories(model, locale);
		return "keycases/new";
	}

	private void addCategories(Model model, Locale locale) {
		model.addAttribute("categories", this.register.categories());
		model.addAttribute("categoryNames", categoryNames(locale));
		model.addAttribute("statuses", KeyCaseStatus.values());
	}

	private Map<String, String> categoryNames(Locale locale) {
		return this.register.categories()
			.stream()
			.collect(Collectors.toMap(ReturnCategory::code, (c) -> c.name(locale)));
	}

	private static String blank(String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

}
