package vn.thads.portal.returns;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.agency.AgencyScope;
import vn.thads.portal.period.ReportingPeriod;
import vn.thads.portal.security.PortalUser;
import vn.thads.portal.shared.FieldProblem;

/**
 * Reads one return with its derived rows, checks and what the user may do with it; and
 * checks figures being typed (the entry page's live preview). Scope first, always.
 */
@Service
@Transactional(readOnly = true)
public class ReturnBook {

	private final AgencyScope scope;

	private final ReturnLookup lookup;

	private final ReturnRules rules;

	private final ReturnAccess access;

	ReturnBook(AgencyScope scope, ReturnLookup lookup, ReturnRules rules, ReturnAccess access) {
		this.scope = scope;
		this.lookup = lookup;
		this.rules = rules;
		this.access = access;
	}

	/**
	 * A return for the entry page. A month not reported yet comes pre-filled (domain.md
	 * §3): from the latest earlier month of its year, the inherited base (§1a), or with
	 * last year's carried-to-next. A month that cannot be reported (not ended, outside
	 * the agency's life) comes without a form, with the reason as its notice.
	 */
	public ReturnView open(PortalUser user, String agencyCode, String periodCode) {
		AgencyRef agency = this.scope.requireView(user, agencyCode);
		ReportingPeriod period = this.lookup.period(periodCode);
		Optional<MonthlyReturn> found = this.lookup.find(agency, period);
		RuleContext context = this.lookup.context(agency, period);
		if (found.isPresent()) {
			return view(user, agency, period, found.get(), context);
		}
		FieldProblem refused = this.lookup.refusal(agency, period);
		ReturnCheck check = this.rules.check((refused != null) ? ReturnFigures.ZERO : context.prefill(), context);
		return new ReturnView(null, agency, period, null, null, check, null, null, null, null, null, null, null, null,
				null, this.lookup.deadline(agency, period, null), this.access.permissions(user, agency, period, null),
				(refused != null) ? null : context.inherited(),
				(refused != null) ? refused : this.access.lockNotice(agency, null), context.categories());
	}

	/** A stored return, for the API; empty when the agency has none for the period. */
	public Optional<ReturnView> find(PortalUser user, String agencyCode, String periodCode) {
		AgencyRef agency = this.scope.requireView(user, agencyCode);
		ReportingPeriod period = this.lookup.period(periodCode);
		return this.lookup.find(agency, period).map((found) -> view(user, agency, period, found));
	}

	/**
	 * Derived rows, errors and warnings of figures being typed, against the same context
	 * a save would use; nothing is stored.
	 */
	public ReturnCheck preview(PortalUser user, String agencyCode, String periodCode, ReturnFigures figures) {
		AgencyRef agency = this.scope.requireEditReturns(user, agencyCode);
		ReportingPeriod period = this.lookup.period(periodCode);
		return this.rules.check(figures, this.lookup.context(agency, period));
	}

	ReturnView view(PortalUser user, AgencyRef agency, ReportingPeriod period, MonthlyReturn found) {
		return view(user, agency, period, found, this.lookup.context(agency, period));
	}

	private ReturnView view(PortalUser user, AgencyRef agency, ReportingPeriod period, MonthlyReturn found,
			RuleContext context) {
		return new ReturnView(found.getId(), agency, period, found.getStatus(), found.getVersion(),
				this.rules.check(found.getFigures(), context), found.getExplanation(), found.getReviewComment(),
				found.getFirstSubmittedAt(), found.getSubmittedAt(), found.getSubmittedBy(), found.getApprovedAt(),
				found.getApprovedBy(), found.getUpdatedAt(), found.getUpdatedBy(),
				this.lookup.deadline(agency, period, found.getFirstSubmittedAt()),
				this.access.permissions(user, agency, period, found), context.inherited(),
				this.access.lockNotice(agency, found), context.categories());
	}

}
