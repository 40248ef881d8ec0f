package vn.thads.portal.returns;

import java.util.List;

import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.period.ReportingPeriod;

/** A return's history, oldest event first. */
public record History(AgencyRef agency, ReportingPeriod period, ReturnStatus status, List<HistoryEntry> entries) {

}
