package vn.thads.portal.returns;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.agency.AgencyScope;
import vn.thads.portal.period.ReportingPeriod;
import vn.thads.portal.security.PortalUser;
import vn.thads.portal.shared.ConflictException;
import vn.thads.portal.shared.FieldProblem;
import vn.thads.portal.shared.InvalidInputException;

/**
 * The workflow of domain.md §5: DRAFT → SUBMITTED (officer) → APPROVED (leader);
 * SUBMITTED → RETURNED with a comment; APPROVED → RETURNED when reopened with a reason;
 * RETURNED → SUBMITTED again. Approving, returning and reopening belong to a leader of
 * the agency or of any agency above it. Every transition is audited.
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

	ReturnWorkflow(AgencyScope scope, ReturnLookup lookup, MonthlyReturnRepository returns, ReturnAudit audit,
			ReturnBook book, ReturnRules rules, ReturnAccess access) {
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
	 * @param explanation required when the return has warnings
	 * @throws InvalidInputException (422) while errors remain, or without the explanation
	 * warnings ask for
	 * @throws ConflictException (409) unless it is a draft or returned
	 */
	public ReturnView submit(PortalUser user, String agencyCode, String periodCode, String explanation) {
		AgencyRef agency = this.scope.requireEditReturns(user, agencyCode);
		ReportingPeriod period = this.lookup.period(periodCode);
		MonthlyReturn found = this.lookup.get(agency, period);
		this.access.requireOpen(agency, found);
		requireStatus(found, ReturnStatus.DRAFT, ReturnStatus.RETURNED);
		ReturnCheck check = this.rules.check(found.getFigures(), this.lookup.context(agency, period));
		if (check.hasErrors()) {
			throw new InvalidInputException(check.errors());
		}
		String given = trimmed("explanation", explanation);
		if (check.hasWarnings() && given == null) {
			throw new InvalidInputException(FieldProblem.of("explanation", "return.explanation.required"));
		}
		Instant now = this.lookup.now();
		found.submit(given, user.getUsername(), now);
		return done(user, agency, period, found, ReturnAction.SUBMITTED, given, now);
	}

	/**
	 * @throws ConflictException (409) unless submitted
	 */
	public ReturnView approve(PortalUser user, String agencyCode, String periodCode) {
		AgencyRef agency = this.scope.requireReview(user, agencyCode);
		ReportingPeriod period = this.lookup.period(periodCode);
		MonthlyReturn found = this.lookup.get(agency, period);
		requireStatus(found, ReturnStatus.SUBMITTED);
		Instant now = this.lookup.now();
		found.approve(user.getUsername(), now);
		return done(user, agency, period, found, ReturnAction.APPROVED, null, now);
	}

	/**
	 * Returns a submitted return to its officer.
	 * @throws InvalidInputException (422) without a comment
	 * @throws ConflictException (409) unless submitted
	 */
	public ReturnView sendBack(PortalUser user, String agencyCode, String periodCode, String comment) {
		return review(user, agencyCode, periodCode, "comment", comment, ReturnStatus.SUBMITTED, ReturnAction.RETURNED);
	}

	/**
	 * Opens an approved return again for corrections; an administrator may reopen a
	 * closed agency's return (domain.md §1a, rules in {@link ReturnAccess}).
	 * @throws InvalidInputException (422) without a reason
	 * @throws ConflictException (409) unless approved, or when only an administrator may
	 * reopen it
	 */
	public ReturnView reopen(PortalUser user, String agencyCode, String periodCode, String reason) {
		AgencyRef agency = this.scope.requireView(user, agencyCode);
		this.access.requireReopener(user, agency);
		ReportingPeriod period = this.lookup.period(periodCode);
		String given = trimmed("reason", reason);
		if (given == null) {
			throw new InvalidInputException(FieldProblem.of("reason", "return.reason.required"));
		}
		MonthlyReturn found = this.lookup.get(agency, period);
		this.access.requireReopenable(user, agency, found);
		Instant now = this.lookup.now();
		found.reopen(given, user.getUsername(), now);
		return done(user, agency, period, found, ReturnAction.REOPENED, given, now);
	}

	/**
	 * Approves several returns of the review queue at once. Returns no longer waiting
	 * (someone else approved or returned them) are skipped.
	 * @throws AccessDeniedException (403) when one of them is outside the leader's scope
	 */
	public BulkApproval approveAll(PortalUser user, Collection<Long> ids) {
		Map<Long, AgencyRef> visible = this.scope.visible(user)
			.stream()
			.collect(Collectors.toMap(AgencyRef::id, Function.identity()));
		List<MonthlyReturn> chosen = this.returns.findByIdIn(ids);
		for (MonthlyReturn found : chosen) {
			AgencyRef agency = visible.get(found.getAgencyId());
			if (agency == null || !this.scope.canReview(user, agency)) {
				throw new AccessDeniedException("Return " + found.getId() + " is outside the leader's scope");
			}
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
		return new BulkApproval(approved, ids.size() - approved);
	}

	private ReturnView review(PortalUser user, String agencyCode, String periodCode, String field, String text,
			ReturnStatus from, ReturnAction action) {
		AgencyRef agency = this.scope.requireReview(user, agencyCode);
		ReportingPeriod period = this.lookup.period(periodCode);
		String given = trimmed(field, text);
		if (given == null) {
			throw new InvalidInputException(FieldProblem.of(field, "return." + field + ".required"));
		}
		MonthlyReturn found = this.lookup.get(agency, period);
		requireStatus(found, from);
		Instant now = this.lookup.now();
		found.sendBack(given, user.getUsername(), now);
		return done(user, agency, period, found, action, given, now);
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

	/**
	 * The text without surrounding blanks, null when blank.
	 * @throws InvalidInputException when longer than {@link #MAX_TEXT} characters
	 */
	private static String trimmed(String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String given = text.strip();
		if (given.length() > MAX_TEXT) {
			throw new InvalidInputException(FieldProblem.of(field, "return.text.tooLong", MAX_TEXT));
		}
		return given;
	}

}
