package vn.thads.portal.returns;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;

/** One audited event of a return; written once, never changed. */
@Entity
class ReturnEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private long returnId;

	@Column(nullable = false, updatable = false)
	private Instant at;

	@Column(nullable = false, updatable = false)
	private String username;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private ReturnAction action;

	@Column(nullable = false, updatable = false)
	private long version;

	@Column(updatable = false)
	private String comment;

	@ElementCollection
	@CollectionTable(name = "return_change", joinColumns = @JoinColumn(name = "event_id"))
	@OrderBy("field")
	private List<Change> changes = new ArrayList<>();

	protected ReturnEvent() {
	}

	ReturnEvent(long returnId, Instant at, String username, ReturnAction action, long version, String comment,
			List<FieldChange> changes) {
		this.returnId = returnId;
		this.at = at;
		this.username = username;
		this.action = action;
		this.version = version;
		this.comment = comment;
		changes.forEach((c) -> this.changes.add(new Change(c.field(), c.from(), c.to())));
	}

	Instant getAt() {
		return this.at;
	}

	ReturnAction getAction() {
		return this.action;
	}

	HistoryEntry toEntry() {
		return new HistoryEntry(this.at, this.username, this.action, this.version,
				this.changes.stream().map((c) -> new FieldChange(c.field, c.oldValue, c.newValue)).toList(),
				this.comment);
	}

	@Embeddable
	static class Change {

		@Column(nullable = false)
		private String field;

		private Long oldValue;

		private Long newValue;

		protected Change() {
		}

		Change(String field, Long oldValue, Long newValue) {
			this.field = field;
			this.oldValue = oldValue;
			this.newValue = newValue;
		}

	}

}
