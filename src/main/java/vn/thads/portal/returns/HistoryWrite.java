package vn.thads.portal.returns;

import vn.thads.portal.period.ReportingPeriod;

/**
 * One return written by a history import: a new return, or new figures for an approved
 * one.
 *
 * @param before the return as it was read when the file was checked, null for a new one
 */
public record HistoryWrite(long agencyId, ReportingPeriod period, ReturnFigures figures, StoredReturn before) {

	public boolean isNew() {
		return this.before == null;
	}

}
