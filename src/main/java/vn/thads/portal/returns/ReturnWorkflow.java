package vn.thads.portal.returns;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.agency.AgencyScope;
import vn.thads.portal.period.ReportingCalendar;
import vn.thads.portal.period.ReportingPeriod;
import vn.thads.portal.security.PortalUser;
import vn.thads.portal.security.Role;
import vn.thads.portal.shared.ConflictException;
import vn.thads.portal.shared.FieldProblem;
import vn.thads.portal.shared.InvalidInputException;

/**
 * The workflow of domain.md §5: DRAFT → SUBMITTED (officer) → APPROVED (leader);
 * SUBMITTED → RETURNED with a comment; APPROVED → RETURNED when reopened with a reason;
 * RETURNED → SUBMITTED again. Approving, returning and reopening belong to a leader of
 * the agency or of any agency above it. Every transition is audited, and carries the
 * version the user saw: a return changed since then is not acted on (issue 11).
 */
@Service
@Transactional
public class ReturnWorkflow {

	/**
	 * The longest explanation, comment or reason: a few paragraphs, as the forms say (the
	 * columns have no limit of their own).
	 */
	public static final int MAX_TEXT = 2000;

	private final AgencyScope scope;

	private final ReturnLookup lookup;

	private final MonthlyReturnRepository returns;

	private final ReturnAudit audit;

	private final ReturnBook book;

	private final ReturnRules rules;

	private final ReturnAccess access;

	private final ReportingCalendar calendar;

	ReturnWorkflow(AgencyScope scope, ReturnLookup lookup, MonthlyReturnRepository returns, ReturnAudit audit,
			ReturnBook book, ReturnRules rules, ReturnAccess access, ReportingCalendar calendar) {
		this.calendar = calendar;
		this.access = access;
		this.scope = scope;
		this.lookup = lookup;
		this.returns = returns;
		this.audit = audit;
		this.book = book;
		this.rules = rules;
	}

	/**
	 * Submits a draft or returned return.
	 * @param version the version the officer saw
	 * @param explanation required when the return has warnings
	 * @throws InvalidInputException (422) without a version, while errors remain, or
	 * without the explanation warnings ask for
	 * @throws StaleReturnException (409) when the return changed since that version
	 * @throws ConflictException (409) unless it is a draft or returned
	 */
	public ReturnView submit(PortalUser user, String agencyCode, String periodCode, Long version, String explanation) {
		AgencyRef agency = this.scope.requireEditReturns(user, agencyCode);
		ReportingPeriod period = this.lookup.period(periodCode);
		requireGiven(version, null, null);
		MonthlyReturn found = this.lookup.get(agency, period);
		this.access.requireOpen(agency, found);
		requireShown(user, agency, period, found, version);
		requireStatus(found, ReturnStatus.DRAFT, ReturnStatus.RETURNED);
		ReturnCheck check = this.rules.check(found.getFigures(), this.lookup.context(agency, period));
		if (check.hasErrors()) {
			throw new InvalidInputException(check.errors());
		}
		String given = explanation(explanation);
		if (check.hasWarnings() && given == null) {
			throw new InvalidInputException(FieldProblem.of("explanation", "return.explanation.required"));
		}
		Instant now = this.lookup.now();
		found.submit(given, user.getUsername(), now);
		return done(user, agency, period, found, ReturnAction.SUBMITTED, given, now);
	}

	/**
	 * @param version the version the leader saw
	 * @throws InvalidInputException (422) without a version
	 * @throws StaleReturnException (409) when the return changed since that version
	 * @throws ConflictException (409) unless submitted
	 */
	public ReturnView approve(PortalUser user, String agencyCode, String periodCode, Long version) {
		AgencyRef agency = this.scope.requireReview(user, agencyCode);
		ReportingPeriod period = this.lookup.period(periodCode);
		requireGiven(version, null, null);
		MonthlyReturn found = this.lookup.get(agency, period);
		requireShown(user, agency, period, found, version);
		requireStatus(found, ReturnStatus.SUBMITTED);
		Instant now = this.lookup.now();
		found.approve(user.getUsername(), now);
		return done(user, agency, period, found, ReturnAction.APPROVED, null, now);
	}

	/**
	 * Returns a submitted return to its officer.
	 * @throws InvalidInputException (422) without a version or a comment
	 * @throws StaleReturnException (409) when the return changed since that version
	 * @throws ConflictException (409) unless submitted
	 */
	public ReturnView sendBack(PortalUser user, String agencyCode, String periodCode, Long version, String comment) {
		AgencyRef agency = this.scope.requireReview(user, agencyCode);
		ReportingPeriod period = this.lookup.period(periodCode);
		String given = requireGiven(version, "comment", comment);
		MonthlyReturn found = this.lookup.get(agency, period);
		requireShown(user, agency, period, found, version);
		requireStatus(found, ReturnStatus.SUBMITTED);
		Instant now = this.lookup.now();
		found.sendBack(given, user.getUsername(), now);
		return done(user, agency, period, found, ReturnAction.RETURNED, given, now);
	}

	/**
	 * Opens an approved return again for corrections; an administrator may reopen a
	 * closed agency's return (domain.md §1a, rules in {@link ReturnAccess}).
	 * @throws InvalidInputException (422) without a version or a reason
	 * @throws StaleReturnException (409) when the return changed since that version
	 * @throws ConflictException (409) unless approved, or when only an administrator may
	 * reopen it
	 */
	public ReturnView reopen(PortalUser user, String agencyCode, String periodCode, Long version, String reason) {
		AgencyRef agency = this.scope.requireView(user, agencyCode);
		this.access.requireReopener(user, agency);
		ReportingPeriod period = this.lookup.period(periodCode);
		String given = requireGiven(version, "reason", reason);
		MonthlyReturn found = this.lookup.get(agency, period);
		requireShown(user, agency, period, found, version);
		this.access.requireReopenable(user, agency, found);
		Instant now = this.lookup.now();
		found.reopen(given, user.getUsername(), now);
		return done(user, agency, period, found, ReturnAction.REOPENED, given, now);
	}

	/**
	 * Approves several returns of the review queue at once, each at the version the queue
	 * showed. Returns no longer waiting (someone else approved or returned them) are
	 * skipped; when one still waiting changed since it was shown, nothing is approved and
	 * the changed ones are listed.
	 * @param shown the chosen returns' ids, each with the version the leader saw
	 * @throws AccessDeniedException (403) when one of them is outside the leader's scope
	 */
	public BulkApproval approveAll(PortalUser user, Map<Long, Long> shown) {
		if (!user.hasRole(Role.LEADER)) {
			throw new AccessDeniedException("Only leaders review returns");
		}
		Map<Long, AgencyRef> visible = this.scope.visible(user)
			.stream()
			.collect(Collectors.toMap(AgencyRef::id, Function.identity()));
		List<MonthlyReturn> chosen = this.returns.findByIdIn(shown.keySet());
		List<ChangedReturn> changed = new ArrayList<>();
		for (MonthlyReturn found : chosen) {
			AgencyRef agency = visible.get(found.getAgencyId());
			if (agency == null || !this.scope.canReview(user, agency)) {
				throw new AccessDeniedException("Return " + found.getId() + " is outside the leader's scope");
			}
			long version = shown.get(found.getId());
			if (found.getStatus() == ReturnStatus.SUBMITTED && found.getVersion() != version) {
				changed.add(new ChangedReturn(agency, this.calendar.period(YearMonth.from(found.getPeriod())),
						changesSince(found, version)));
			}
		}
		if (!changed.isEmpty()) {
			return new BulkApproval(0, 0, changed);
		}
		int approved = 0;
		Instant now = this.lookup.now();
		for (MonthlyReturn found : chosen) {
			if (found.getStatus() == ReturnStatus.SUBMITTED) {
				found.approve(user.getUsername(), now);
				this.returns.saveAndFlush(found);
				this.audit.record(found, ReturnAction.APPROVED, user.getUsername(), now, null, List.of());
				approved++;
			}
		}
		return new BulkApproval(approved, shown.size() - approved, List.of());
	}

	/**
	 * The version the user saw must be the stored one: otherwise what changed since is
	 * shown to them instead of acting on figures they did not see.
	 */
	private void requireShown(PortalUser user, AgencyRef agency, ReportingPeriod period, MonthlyReturn found,
			long version) {
		if (found.getVersion() != version) {
			throw new StaleReturnException(this.book.view(user, agency, period, found), changesSince(found, version));
		}
	}

	private ChangesSince changesSince(MonthlyReturn found, long version) {
		return new ChangesSince(version, found.getVersion(), this.audit.since(found.getId(), version));
	}

	/**
	 * The version every action carries and, for some, a text (comment, reason): all
	 * missing ones are reported at once.
	 * @return the text, trimmed
	 */
	private static String requireGiven(Long version, String field, String text) {
		List<FieldProblem> problems = new ArrayList<>();
		if (version == null) {
			problems.add(FieldProblem.of("version", "return.version.required"));
		}
		String given = trimmed(text);
		if (field != null && given == null) {
			problems.add(FieldProblem.of(field, "return." + field + ".required"));
		}
		else if (field != null && given.length() > MAX_TEXT) {
			problems.add(FieldProblem.of(field, "return.text.tooLong", MAX_TEXT));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return given;
	}

	private ReturnView done(PortalUser user, AgencyRef agency, ReportingPeriod period, MonthlyReturn changed,
			ReturnAction action, String comment, Instant now) {
		this.returns.saveAndFlush(changed);
		this.audit.record(changed, action, user.getUsername(), now, comment, List.of());
		return this.book.view(user, agency, period, changed);
	}

	private static void requireStatus(MonthlyReturn found, ReturnStatus... allowed) {
		for (ReturnStatus status : allowed) {
			if (found.getStatus() == status) {
				return;
			}
		}
		throw new ConflictException("return.wrongStatus", ReturnEntry.statusLabel(found.getStatus()));
	}

	private static String trimmed(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/**
	 * The explanation given with a submission, trimmed; null when blank.
	 * @throws InvalidInputException when longer than {@link #MAX_TEXT} characters
	 */
	static String explanation(String text) {
		String given = trimmed(text);
		if (given != null && given.length() > MAX_TEXT) {
			throw new InvalidInputException(FieldProblem.of("explanation", "return.text.tooLong", MAX_TEXT));
		}
		return given;
	}

}
