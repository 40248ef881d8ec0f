package vn.thads.portal.keycases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One followed case. {@code @Version}: an officer saving over a colleague's newer figures
 * is told so instead of overwriting them. The parties' names are the only personal data.
 */
@Entity
@Table(name = "key_case")
class KeyCase {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private long agencyId;

	private String decisionNumber;

	private LocalDate decisionDate;

	private LocalDate acceptedOn;

	private Long officerUserId;

	private String officerName;

	private String categoryCode;

	private long amount;

	private long collected;

	private boolean flagged;

	private String flaggedBy;

	@Enumerated(EnumType.STRING)
	private KeyCaseStatus status;

	private String nextStep;

	private LocalDate nextStepDue;

	private LocalDate closedOn;

	private String debtorName;

	private String creditorName;

	private Instant namesErasedAt;

	@Column(updatable = false)
	private Instant createdAt;

	private Instant updatedAt;

	private String updatedBy;

	@Version
	private long version;

	protected KeyCase() {
	}

	KeyCase(long agencyId, NewKeyCase values, String user, Instant now) {
		this.agencyId = agencyId;
		this.decisionNumber = values.decisionNumber();
		this.decisionDate = values.decisionDate();
		this.acceptedOn = values.acceptedOn();
		this.categoryCode = values.categoryCode();
		this.debtorName = values.debtorName();
		this.creditorName = values.creditorName();
		this.status = KeyCaseStatus.OPEN;
		this.createdAt = now;
		apply(values.progress(), user, now);
	}

	/**
	 * Sets what an officer keeps current and answers what changed, field by field (old,
	 * new) for the history.
	 */
	Map<String, String[]> apply(KeyCaseProgress p, String user, Instant now) {
		Map<String, String[]> changes = new LinkedHashMap<>();
		this.amount = changed(changes, "amount", this.amount, p.amount());
		this.collected = changed(changes, "collected", this.collected, p.collected());
		this.status = changed(changes, "status", this.status, p.status());
		this.closedOn = changed(changes, "closedOn", this.closedOn, p.closedOn());
		this.nextStep = changed(changes, "nextStep", this.nextStep, p.nextStep());
		this.nextStepDue = changed(changes, "nextStepDue", this.nextStepDue, p.nextStepDue());
		this.officerUserId = changed(changes, "officerUserId", this.officerUserId, p.officerUserId());
		this.officerName = changed(changes, "officerName", this.officerName, p.officerName());
		this.updatedAt = now;
		this.updatedBy = user;
		return changes;
	}

	String[] flag(boolean on, String user, Instant now) {
		String[] change = { Boolean.toString(this.flagged), Boolean.toString(on) };
		this.flagged = on;
		this.flaggedBy = on ? user : null;
		this.updatedAt = now;
		this.updatedBy = user;
		return change;
	}

	private static <T> T changed(Map<String, String[]> changes, String field, T before, T after) {
		if (!Objects.equals(before, after)) {
			changes.put(field, new String[] { (before != null) ? before.toString() : null,
					(after != null) ? after.toString() : null });
		}
		return after;
	}

	Long getId() {
		return this.id;
	}

	long getAgencyId() {
		return this.agencyId;
	}

	String getDecisionNumber() {
		return this.decisionNumber;
	}

	LocalDate getAcceptedOn() {
		return this.acceptedOn;
	}

	String getCategoryCode() {
		return this.categoryCode;
	}

	long getAmount() {
		return this.amount;
	}

	boolean isFlagged() {
		return this.flagged;
	}

	KeyCaseStatus getStatus() {
		return this.status;
	}

	long getVersion() {
		return this.version;
	}

}
