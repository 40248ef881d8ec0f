package vn.thads.portal.returns;

import java.time.Instant;
import java.util.List;

/**
 * One event of a return's history: who did what when, which figures changed, and the
 * comment, reason or explanation given.
 *
 * @param version the return's version once the event was saved
 */
public record HistoryEntry(Instant at, String user, ReturnAction action, long version, List<FieldChange> changes,
		String comment) {

	public HistoryEntry {
		changes = List.copyOf(changes);
	}

}
