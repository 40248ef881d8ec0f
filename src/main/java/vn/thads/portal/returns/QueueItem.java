package vn.thads.portal.returns;

import java.time.Instant;

import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.period.ReportingPeriod;

/**
 * A submitted return waiting for a leader, with the rates a reviewer glances at.
 *
 * @param version the version shown, which approving it from the queue carries
 * @param cases derived rows of the cases form
 * @param money derived rows of the money form
 */
public record QueueItem(long id, long version, AgencyRef agency, ReportingPeriod period, Instant submittedAt,
		String submittedBy, Deadline deadline, String explanation, Derived cases, Derived money) {

}
