package vn.thads.portal.workbook.province;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import vn.thads.portal.returns.ChangesSince;
import vn.thads.portal.returns.FieldChange;
import vn.thads.portal.returns.ReturnBook;
import vn.thads.portal.returns.ReturnCheck;
import vn.thads.portal.returns.ReturnFigures;
import vn.thads.portal.returns.ReturnHistory;
import vn.thads.portal.returns.ReturnMessages;
import vn.thads.portal.returns.ReturnRules;
import vn.thads.portal.returns.ReturnView;
import vn.thads.portal.security.PortalUser;
import vn.thads.portal.shared.FieldProblem;
import vn.thads.portal.workbook.CellProblem;
import vn.thads.portal.workbook.SheetFigures;
import vn.thads.portal.workbook.province.OfficeResult.Note;
import vn.thads.portal.workbook.province.OfficeResult.Outcome;

/**
 * Compares what a province workbook holds with what is saved, return by return, and says
 * what a confirm would do. Whether a return may be changed is the returns' rule (the
 * user's permissions on it, {@link ReturnView#can()}); the checks of its figures are the
 * entry page's ({@link ReturnBook#preview}). A return that may not be changed is fine as
 * long as the file leaves its figures as they are. A return changed after the file was
 * downloaded is shown both ways (saved now → file, and what changed since), as for a
 * single return's workbook.
 */
@Component
class ProvinceCheck {

	private final ReturnBook book;

	private final ReturnHistory history;

	private final ReturnMessages messages;

	private final ReturnRules rules;

	ProvinceCheck(ReturnBook book, ReturnHistory history, ReturnMessages messages, ReturnRules rules) {
		this.rules = rules;
		this.book = book;
		this.history = history;
		this.messages = messages;
	}

	ProvinceUpload check(PortalUser user, ProvinceMonth month, List<OfficeUpload> uploads, List<CellProblem> problems,
			String filename, String checksum, ProvinceLayout layout) {
		List<OfficeResult> results = new ArrayList<>();
		List<Note> errors = new ArrayList<>(problems.stream().map((p) -> note(p, true)).toList());
		Set<String> seen = new HashSet<>();
		for (OfficeUpload upload : uploads) {
			ReturnView saved = month.of(upload.agencyCode());
			if (saved == null) {
				errors.add(fileNote(upload.place(), "workbook.province.notOurs", upload.agencyCode(),
						month.province().code(), month.period().code()));
			}
			else if (!seen.add(saved.agency().code())) {
				errors.add(fileNote(upload.place(), "workbook.province.twice", upload.agencyCode()));
			}
			else {
				results.add(office(user, month, saved, upload));
			}
		}
		for (ReturnView absent : month.returns()) {
			if (!seen.contains(absent.agency().code())) {
				results.add(new OfficeResult(absent.agency(), null, Outcome.ABSENT, absent.status(), null,
						absent.version(), List.of(), List.of(), List.of(), List.of(), null));
			}
		}
		if (uploads.isEmpty() && errors.isEmpty()) {
			errors.add(fileNote(null, "workbook.province.empty"));
		}
		return new ProvinceUpload(month, filename, checksum, layout, results, errors);
	}

	private OfficeResult office(PortalUser user, ProvinceMonth month, ReturnView saved, OfficeUpload upload) {
		SheetFigures read = upload.read();
		String code = saved.agency().code();
		String period = month.period().code();
		List<Note> errors = new ArrayList<>(read.errors().stream().map((p) -> note(p, true)).toList());
		List<Note> warnings = new ArrayList<>(read.warnings().stream().map((p) -> note(p, false)).toList());
		if (upload.periodCode() != null && !upload.periodCode().equals(period)) {
			errors.add(fileNote(upload.place(), "workbook.province.otherPeriod", upload.periodCode(), period));
		}
		// a sheet without the categories' rows or a companion form's block keeps the
		// stored
		// ones
		ReturnFigures uploaded = read.over(saved.figures());
		if (read.ok()) {
			this.rules.categoriesRefused(uploaded, saved.categories())
				.forEach((p) -> errors.add(note(onCell(upload, p), true)));
		}
		List<FieldChange> changes = FieldChange.between(saved.figures(), uploaded);
		if (!changes.isEmpty() && !saved.can().edit()) {
			errors.add((saved.notice() != null) ? note(new CellProblem(upload.place(), null, saved.notice()), true)
					: fileNote(upload.place(), "workbook.province.notEditable",
							this.messages.text("return.status." + saved.status().name())));
		}
		if (!changes.isEmpty() && errors.isEmpty()) {
			ReturnCheck check = this.book.preview(user, code, period, uploaded);
			// identity errors do not stop a draft from being saved (as on the entry page)
			check.errors().forEach((p) -> errors.add(note(onCell(upload, p), false)));
			check.warnings().forEach((p) -> warnings.add(note(onCell(upload, p), false)));
		}
		Long version = upload.version();
		List<FieldChange> since = List.of();
		if (version != null && saved.version() != null && !version.equals(saved.version())) {
			since = new ChangesSince(version, saved.version(), this.history.since(user, code, period, version))
				.changes();
		}
		boolean blocked = errors.stream().anyMatch(Note::blocking);
		Outcome outcome = blocked ? Outcome.REFUSED : changes.isEmpty() ? Outcome.UNCHANGED : Outcome.CHANGED;
		return new OfficeResult(saved.agency(), upload.place(), outcome, saved.status(), version, saved.version(),
				changes, errors, warnings, since, uploaded);
	}

	private static CellProblem onCell(OfficeUpload upload, FieldProblem problem) {
		return new CellProblem(upload.sheet(), upload.read().cell(problem.field()), problem);
	}

	private Note note(CellProblem problem, boolean blocking) {
		return new Note(problem.sheet(), problem.cell(), problem.field(), this.messages.text(problem.problem()),
				blocking);
	}

	private Note fileNote(String sheet, String code, Object... arguments) {
		return new Note(sheet, null, "file", this.messages.text(code, arguments), true);
	}

}
