package vn.thads.portal.returns;

import vn.thads.portal.period.ReportingPeriod;

/**
 * A saved return as the exchange file shows it: whose, which period, its status and both
 * forms' entered figures.
 *
 * @param version the return's version, so that a write can tell it was changed meanwhile
 */
public record StoredReturn(long agencyId, ReportingPeriod period, ReturnStatus status, long version,
		ReturnFigures figures) {

}
