package vn.thads.portal.meeting;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * The conclusions of one agency's meeting for one month ("Kết luận của cuộc họp").
 *
 * @param version the version to send back when saving; -1 when nothing was entered yet
 * @param updatedBy who saved last; null when nothing was entered
 */
public record MeetingConclusion(long agencyId, YearMonth meeting, List<MeetingDecision> decisions, long version,
		String updatedBy, Instant updatedAt) {

	static MeetingConclusion none(long agencyId, YearMonth meeting) {
		return new MeetingConclusion(agencyId, meeting, List.of(), -1, null, null);
	}

	public boolean entered() {
		return this.version >= 0;
	}

}
