package vn.thads.portal.agency.web;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thads.portal.agency.AgencyAdministration;
import vn.thads.portal.agency.AgencyDirectory;
import vn.thads.portal.agency.AgencyLevel;
import vn.thads.portal.agency.AgencyLineage;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.shared.InvalidInputException;
import vn.thads.portal.web.FormErrors;

/** Administration of the agency tree (ADMIN only, enforced for all of /admin/**). */
@Controller
@RequestMapping("/admin/agencies")
class AgencyAdminController {

	private final AgencyDirectory directory;

	private final AgencyAdministration administration;

	private final Clock clock;

	AgencyAdminController(AgencyDirectory directory, AgencyAdministration administration, Clock clock) {
		this.clock = clock;
		this.directory = directory;
		this.administration = administration;
	}

	@ModelAttribute
	void choices(Model model) {
		java.util.List<AgencyRef> all = this.directory.all();
		model.addAttribute("levels", AgencyLevel.values());
		model.addAttribute("today", LocalDate.now(this.clock));
		model.addAttribute("agencies", all);
		// a local office has no units below it, so it is never offered as a parent
		model.addAttribute("parents", all.stream().filter((a) -> a.level() != AgencyLevel.LOCAL).toList());
	}

	@GetMapping
	String tree(Model model) {
		AgencyLineage lineage = this.directory.lineage();
		LocalDate today = LocalDate.now(this.clock);
		model.addAttribute("rows", lineage.all().stream().map((a) -> AgencyHistoryView.of(a, lineage, today)).toList());
		return "agency/admin-tree";
	}

	@GetMapping("/new")
	String newAgency(@RequestParam(required = false) String parent, Model model) {
		AgencyForm form = new AgencyForm();
		form.setValidFrom(LocalDate.now(this.clock));
		this.directory.findByCode(parent).ifPresent((p) -> {
			form.setParentCode(p.code());
			form.setLevel((p.level() == AgencyLevel.CENTRAL) ? AgencyLevel.PROVINCE : AgencyLevel.LOCAL);
		});
		model.addAttribute("agencyForm", form);
		return "agency/admin-form";
	}

	@PostMapping("/new")
	String create(@ModelAttribute AgencyForm agencyForm, BindingResult binding, RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return "agency/admin-form";
		}
		try {
			AgencyRef created = this.administration.create(agencyForm.toCommand());
			return saved(redirect, "agency.created", created);
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, binding);
			return "agency/admin-form";
		}
	}

	@GetMapping("/{code}")
	String edit(@PathVariable String code, Model model) {
		AgencyRef agency = this.directory.getByCode(code);
		model.addAttribute("agency", agency);
		model.addAttribute("agencyForm", AgencyForm.of(agency, this.directory.predecessors(agency)));
		return "agency/admin-form";
	}

	/** Names through time and successor links beside the edit form. */
	@ModelAttribute
	void history(@PathVariable(required = false) String code, Model model) {
		if (code != null) {
			AgencyLineage lineage = this.directory.lineage();
			lineage.all()
				.stream()
				.filter((a) -> a.code().equalsIgnoreCase(code))
				.findFirst()
				.ifPresent((a) -> model.addAttribute("history",
						AgencyHistoryView.of(a, lineage, LocalDate.now(this.clock))));
		}
	}

	/** A new name from a day on, the old one kept for the periods before it. */
	@PostMapping("/{code}/rename")
	String rename(@PathVariable String code, @RequestParam(required = false) String name,
			@RequestParam(required = false) String shortName, @RequestParam(required = false) String validFrom,
			RedirectAttributes redirect) {
		AgencyRef agency = this.directory.getByCode(code);
		LocalDate from = parseDay(validFrom);
		try {
			AgencyRef renamed = this.administration.nameFrom(agency.code(), from, name, shortName);
			redirect.addFlashAttribute("success", "agency.renamed");
			redirect.addFlashAttribute("successArgs", new Object[] { renamed.code(), renamed.nameAt(from) });
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("failure", ex.getProblems().get(0).code());
			redirect.addFlashAttribute("failureArgs", ex.getProblems().get(0).argumentArray());
		}
		return "redirect:/admin/agencies/" + agency.code();
	}

	/** An unreadable date is treated as a missing one: the form says so on the field. */
	private static LocalDate parseDay(String text) {
		try {
			return (text != null && !text.isBlank()) ? LocalDate.parse(text.trim()) : null;
		}
		catch (java.time.format.DateTimeParseException ex) {
			return null;
		}
	}

	@PostMapping("/{code}")
	String update(@PathVariable String code, @ModelAttribute AgencyForm agencyForm, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		AgencyRef agency = this.directory.getByCode(code);
		model.addAttribute("agency", agency);
		agencyForm.setCode(agency.code());
		if (binding.hasErrors()) {
			return "agency/admin-form";
		}
		try {
			return saved(redirect, "agency.updated", this.administration.update(code, agencyForm.toCommand()));
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, binding);
			return "agency/admin-form";
		}
	}

	@PostMapping("/{code}/deactivate")
	String deactivate(@PathVariable String code,
			@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate validTo,
			RedirectAttributes redirect) {
		try {
			return saved(redirect, "agency.deactivated", this.administration.deactivate(code, validTo));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("failure", ex.getProblems().get(0).code());
			return "redirect:/admin/agencies/" + code;
		}
	}

	private static String saved(RedirectAttributes redirect, String message, AgencyRef agency) {
		redirect.addFlashAttribute("success", message);
		redirect.addFlashAttribute("successArgs", new Object[] { agency.code(), agency.name() });
		return "redirect:/admin/agencies";
	}

}
