package vn.thads.portal.returns;

import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.period.ReportingPeriod;

/** A return of the review queue that changed after the leader's queue showed it. */
public record ChangedReturn(AgencyRef agency, ReportingPeriod period, ChangesSince changed) {

}
