package vn.thads.portal.returns;

import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.agency.AgencyScope;
import vn.thads.portal.period.ReportingPeriod;
import vn.thads.portal.security.PortalUser;
import vn.thads.portal.shared.ConflictException;
import vn.thads.portal.shared.FieldProblem;
import vn.thads.portal.shared.InvalidInputException;
import vn.thads.portal.web.Formats;

/**
 * Saves the figures of a return, for the entry page and the API alike. A draft can always
 * be saved, even with identity errors (they are reported, and block submitting); figures
 * out of range are refused and nothing is stored. A stale or missing version is a
 * conflict, never a silent overwrite.
 */
@Service
@Transactional
public class ReturnEntry {

	private final AgencyScope scope;

	private final ReturnLookup lookup;

	private final MonthlyReturnRepository returns;

	private final ReturnAudit audit;

	private final ReturnBook book;

	private final Formats fmt;

	private final ReturnAccess access;

	private final ReturnMessages messages;

	private final ReturnRules rules;

	private final ReturnCategories categories;

	ReturnEntry(AgencyScope scope, ReturnLookup lookup, MonthlyReturnRepository returns, ReturnAudit audit,
			ReturnBook book, Formats fmt, ReturnAccess access, ReturnMessages messages, ReturnRules rules,
			ReturnCategories categories) {
		this.rules = rules;
		this.categories = categories;
		this.scope = scope;
		this.lookup = lookup;
		this.returns = returns;
		this.audit = audit;
		this.book = book;
		this.fmt = fmt;
		this.access = access;
		this.messages = messages;
	}

	/**
	 * Creates or updates the return of an agency for a period.
	 * @param version the version the user started from; null only for a new return
	 * @throws InvalidInputException (422) for figures out of range or a period that
	 * cannot be reported; nothing is saved
	 * @throws OptimisticLockingFailureException (409) when someone saved in between
	 * ({@link StaleReturnException}, with what they changed, when the version is stale)
	 * @throws ConflictException (409) when the return is submitted or approved, or a
	 * closed agency's returns are read-only (domain.md §1a)
	 */
	public ReturnView save(PortalUser user, String agencyCode, String periodCode, Long version, ReturnFigures figures) {
		return save(user, agencyCode, periodCode, version, figures, false, null);
	}

	/**
	 * As {@link #save(PortalUser, String, String, Long, ReturnFigures)}, with the
	 * categories' figures (issue 14).
	 * @param replaceCategories whether {@code figures}' categories replace the stored
	 * ones (a category absent from them then has none); if not, the stored ones are kept
	 * @throws InvalidInputException (422) also for a category the period does not report
	 * and a category figure above the same figure of the main form; nothing is saved
	 */
	public ReturnView save(PortalUser user, String agencyCode, String periodCode, Long version, ReturnFigures figures,
			boolean replaceCategories) {
		return save(user, agencyCode, periodCode, version, figures, replaceCategories, null);
	}

	/**
	 * The same save, with where the figures came from written in the history (an uploaded
	 * workbook: its name and checksum), on the event that records them; the stored
	 * categories kept.
	 * @param source a text for the history, in Vietnamese, or null
	 */
	public ReturnView save(PortalUser user, String agencyCode, String periodCode, Long version, ReturnFigures figures,
			String source) {
		return save(user, agencyCode, periodCode, version, figures, false, source);
	}

	/**
	 * The same save with where the figures came from ({@code source}) and whether their
	 * categories replace the stored ones: an uploaded file that carries its categories.
	 */
	public ReturnView save(PortalUser user, String agencyCode, String periodCode, Long version, ReturnFigures figures,
			boolean replaceCategories, String source) {
		AgencyRef agency = this.scope.requireEditReturns(user, agencyCode);
		ReportingPeriod period = this.lookup.reportable(agency, periodCode);
		MonthlyReturn saved = this.lookup.find(agency, period).orElse(null);
		if (!replaceCategories) {
			figures = figures.withCategories((saved != null) ? saved.getFigures().categories() : null);
		}
		// a companion form not given keeps the stored one
		figures = figures.withCompanions(
				figures.companions().orElse((saved != null) ? saved.getFigures().companions() : Companions.ZERO));
		requireWithinRange(figures);
		List<FieldProblem> refused = this.rules.categoriesRefused(figures,
				this.categories.validIn(period.monthStart()));
		if (!refused.isEmpty()) {
			throw new InvalidInputException(refused);
		}
		Instant now = this.lookup.now();
		String username = user.getUsername();
		this.access.requireOpen(agency, saved);
		if (saved == null) {
			saved = new MonthlyReturn(agency.id(), period, username, now);
			saved.setFigures(figures, username, now);
			insert(saved);
			created(saved, this.lookup.context(agency, period), figures, username, now, source);
		}
		else {
			if (version != null && version != saved.getVersion()) {
				throw new StaleReturnException(this.book.view(user, agency, period, saved),
						new ChangesSince(version, saved.getVersion(), this.audit.since(saved.getId(), version)));
			}
			if (version == null) {
				throw new OptimisticLockingFailureException(
						"Return " + saved.getId() + " is at version " + saved.getVersion() + ", not " + version);
			}
			if (!saved.getStatus().isEditable()) {
				throw new ConflictException("return.notEditable", statusLabel(saved.getStatus()));
			}
			ReturnFigures before = saved.getFigures();
			saved.setFigures(figures, username, now);
			this.returns.saveAndFlush(saved);
			List<FieldChange> changes = ReturnAudit.diff(before, figures);
			if (!changes.isEmpty() || source != null) {
				this.audit.record(saved, ReturnAction.SAVED, username, now, source, changes);
			}
		}
		return this.book.view(user, agency, period, saved);
	}

	/**
	 * The history of a new return. A successor's first return of a year that began before
	 * it existed records the base it took first ("kế thừa từ …", its figures), then
	 * whatever the officer changed from it (domain.md §1a: the inherited base is
	 * audited).
	 */
	private void created(MonthlyReturn saved, RuleContext context, ReturnFigures figures, String username, Instant now,
			String source) {
		if (!context.startsFromInherited()) {
			this.audit.record(saved, ReturnAction.CREATED, username, now, source, ReturnAudit.diff(null, figures));
			return;
		}
		InheritedBase base = context.inherited();
		this.audit.record(saved, ReturnAction.CREATED, username, now,
				this.messages.recorded("return.inherited.audit", base.fromText()),
				ReturnAudit.diff(null, base.figures()));
		List<FieldChange> changes = ReturnAudit.diff(base.figures(), figures);
		if (!changes.isEmpty() || source != null) {
			this.audit.record(saved, ReturnAction.SAVED, username, now, source, changes);
		}
	}

	private void insert(MonthlyReturn created) {
		try {
			this.returns.saveAndFlush(created);
		}
		catch (DataIntegrityViolationException ex) {
			// someone created the same agency's return for the same period a moment ago
			throw new OptimisticLockingFailureException("Return created concurrently", ex);
		}
	}

	/**
	 * Rule 1 on numbers that did not come through the page's parser (the API): 0 to
	 * 10^15, and no "reduced" on the cases form.
	 */
	private void requireWithinRange(ReturnFigures figures) {
		List<FieldProblem> problems = new ArrayList<>();
		withinRange("", figures, problems);
		figures.categories().forEach((code, category) -> withinRange(ReturnCategory.prefix(code), category, problems));
		for (CompanionForm form : CompanionForm.values()) {
			for (CompanionLine<?> line : form.entered()) {
				long value = figures.companion(form).get(line);
				FigureInput.Parsed checked = FigureInput.check(BigInteger.valueOf(value));
				if (!checked.ok()) {
					problems.add(checked.on(line.field(), Long.toString(value)));
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private void withinRange(String prefix, ReturnFigures figures, List<FieldProblem> problems) {
		for (Form form : Form.values()) {
			for (FormColumn column : FormColumn.ENTERED) {
				long value = figures.of(form).get(column);
				String field = prefix + form.field(column);
				FigureInput.Parsed checked = FigureInput.check(BigInteger.valueOf(value));
				if (!checked.ok()) {
					problems.add(checked.on(field, Long.toString(value)));
				}
				else if (!form.has(column) && value != 0) {
					problems.add(FieldProblem.of(field, FigureInput.REDUCED_IN_CASES, this.fmt.number(value)));
				}
			}
		}
	}

	static DefaultMessageSourceResolvable statusLabel(ReturnStatus status) {
		String key = "return.status." + status.name();
		return new DefaultMessageSourceResolvable(new String[] { key }, key);
	}

}
