package vn.thads.portal.returns;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What happened to a return after the version a user was shown: the events of its
 * history, and the figures that differ now from then.
 *
 * @param shown the version the user saw
 * @param current the version stored now
 * @param since the history after the shown version, oldest first
 */
public record ChangesSince(long shown, long current, List<HistoryEntry> since) {

	public ChangesSince {
		since = List.copyOf(since);
	}

	/**
	 * Each figure changed since the shown version, from its value then to its value now,
	 * in the order it was first changed; a figure changed and changed back is left out.
	 */
	public List<FieldChange> changes() {
		Map<String, FieldChange> net = new LinkedHashMap<>();
		for (HistoryEntry entry : this.since) {
			for (FieldChange change : entry.changes()) {
				FieldChange first = net.get(change.field());
				net.put(change.field(),
						new FieldChange(change.field(), (first != null) ? first.from() : change.from(), change.to()));
			}
		}
		List<FieldChange> changes = new ArrayList<>();
		for (FieldChange change : net.values()) {
			if (change.from() == null || !change.from().equals(change.to())) {
				changes.add(change);
			}
		}
		return changes;
	}

}
