package vn.thads.portal.returns;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.agency.AgencyScope;
import vn.thads.portal.period.ReportingPeriod;
import vn.thads.portal.security.PortalUser;

/** Reads the audit trail of a return, for anyone who may see the return. */
@Service
@Transactional(readOnly = true)
public class ReturnHistory {

	private final AgencyScope scope;

	private final ReturnLookup lookup;

	private final ReturnAudit audit;

	ReturnHistory(AgencyScope scope, ReturnLookup lookup, ReturnAudit audit) {
		this.scope = scope;
		this.lookup = lookup;
		this.audit = audit;
	}

	/**
	 * @throws vn.thads.portal.shared.NotFoundException (404) when there is no return
	 */
	public History of(PortalUser user, String agencyCode, String periodCode) {
		AgencyRef agency = this.scope.requireView(user, agencyCode);
		ReportingPeriod period = this.lookup.period(periodCode);
		MonthlyReturn found = this.lookup.get(agency, period);
		return new History(agency, period, found.getStatus(), this.audit.history(found.getId()));
	}

	/**
	 * What others saved after the version a user started from: the conflict view shows it
	 * next to the user's own input. Empty when there is no return.
	 */
	public List<HistoryEntry> since(PortalUser user, String agencyCode, String periodCode, long version) {
		AgencyRef agency = this.scope.requireView(user, agencyCode);
		ReportingPeriod period = this.lookup.period(periodCode);
		return this.lookup.find(agency, period).map((r) -> this.audit.since(r.getId(), version)).orElse(List.of());
	}

}
