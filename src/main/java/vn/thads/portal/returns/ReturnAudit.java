package vn.thads.portal.returns;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

/**
 * Writes the history of returns (domain.md §5): every change of a figure from what to
 * what, every status change with its comment, reason or explanation, who and when. Called
 * by the services that change returns, after the change is flushed so that the event
 * carries the return's new version.
 */
@Component
class ReturnAudit {

	private final ReturnEventRepository events;

	ReturnAudit(ReturnEventRepository events) {
		this.events = events;
	}

	void record(MonthlyReturn changed, ReturnAction action, String user, Instant at, String comment,
			List<FieldChange> changes) {
		this.events.save(new ReturnEvent(changed.getId(), at, user, action, changed.getVersion(), comment, changes));
	}

	List<HistoryEntry> history(long returnId) {
		return this.events.findByReturnIdOrderByVersionAscIdAsc(returnId).stream().map(ReturnEvent::toEntry).toList();
	}

	List<HistoryEntry> since(long returnId, long version) {
		return this.events.findByReturnIdAndVersionGreaterThanOrderByVersionAscIdAsc(returnId, version)
			.stream()
			.map(ReturnEvent::toEntry)
			.toList();
	}

	/**
	 * The figures that differ, in form order; {@code before} null means a new return,
	 * whose non-zero figures are listed as changed from nothing.
	 */
	static List<FieldChange> diff(ReturnFigures before, ReturnFigures after) {
		List<FieldChange> changes = new ArrayList<>();
		diff("", before, after, changes);
		Set<String> codes = new TreeSet<>(after.categories().keySet());
		if (before != null) {
			codes.addAll(before.categories().keySet());
		}
		// a category's figures are a part of the return: their changes are listed as its
		// own
		// (categories.CODE.cases.completed), from 0 when the category had none
		for (String code : codes) {
			diff(ReturnCategory.prefix(code), (before != null) ? before.category(code) : null, after.category(code),
					changes);
		}
		// the companion forms' entered lines are listed as reception.visits,
		// complaints.complaintsResolved, …
		for (CompanionForm form : CompanionForm.values()) {
			for (CompanionLine<?> line : form.entered()) {
				long to = after.companion(form).get(line);
				Long from = (before != null) ? Long.valueOf(before.companion(form).get(line)) : null;
				if ((from == null) ? to != 0 : from != to) {
					changes.add(new FieldChange(line.field(), from, to));
				}
			}
		}
		return changes;
	}

	private static void diff(String prefix, ReturnFigures before, ReturnFigures after, List<FieldChange> changes) {
		for (Form form : Form.values()) {
			for (FormColumn column : FormColumn.ENTERED) {
				long to = after.of(form).get(column);
				String field = prefix + form.field(column);
				if (before == null) {
					if (to != 0) {
						changes.add(new FieldChange(field, null, to));
					}
				}
				else if (before.of(form).get(column) != to) {
					changes.add(new FieldChange(field, before.of(form).get(column), to));
				}
			}
		}
	}

}
