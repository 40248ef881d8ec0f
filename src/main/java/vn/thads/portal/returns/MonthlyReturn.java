package vn.thads.portal.returns;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Version;
import org.hibernate.annotations.EmbeddedColumnNaming;
import vn.thads.portal.period.ReportingPeriod;

/**
 * One agency's return for one period: both forms, the workflow state, who did what when.
 * {@code @Version} makes a second concurrent save fail instead of overwriting the first.
 */
@Entity
class MonthlyReturn {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private long agencyId;

	/** First day of the month that ends the period. */
	@Column(nullable = false, updatable = false)
	private LocalDate period;

	@Column(nullable = false, updatable = false)
	private int statYear;

	@Column(nullable = false, updatable = false)
	private int months;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ReturnStatus status = ReturnStatus.DRAFT;

	@Embedded
	@EmbeddedColumnNaming("cases_%s")
	private Figures cases = Figures.ZERO;

	@Embedded
	@EmbeddedColumnNaming("money_%s")
	private Figures money = Figures.ZERO;

	/**
	 * The categories' figures by category code (issue 14). A change of them is a change
	 * of the return: its version moves with it.
	 */
	@ElementCollection
	@CollectionTable(name = "return_category_figures", joinColumns = @JoinColumn(name = "return_id"))
	@MapKeyColumn(name = "category_code")
	private Map<String, CategoryRow> categories = new HashMap<>();

	/** Citizen reception and judgments received (issue 14, {@link ReceptionLine}). */
	@Embedded
	@EmbeddedColumnNaming("reception_%s")
	private Reception reception = Reception.ZERO;

	/** Complaints and denunciations (issue 14, {@link ComplaintLine}). */
	@Embedded
	@EmbeddedColumnNaming("%s")
	private ComplaintColumns complaints = (ComplaintColumns) CompanionColumns
		.of(CompanionValues.zero(CompanionForm.COMPLAINTS));

	/** Administrative judgments followed (issue 14, {@link AdminJudgmentLine}). */
	@Embedded
	@EmbeddedColumnNaming("admin_judgments_%s")
	private AdminJudgmentColumns adminJudgments = (AdminJudgmentColumns) CompanionColumns
		.of(CompanionValues.zero(CompanionForm.ADMIN_JUDGMENTS));

	private String explanation;

	private String reviewComment;

	private Instant firstSubmittedAt;

	private Instant submittedAt;

	private String submittedBy;

	private Instant approvedAt;

	private String approvedBy;

	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	@Column(nullable = false, updatable = false)
	private String createdBy;

	@Column(nullable = false)
	private Instant updatedAt;

	@Column(nullable = false)
	private String updatedBy;

	@Version
	private long version;

	protected MonthlyReturn() {
	}

	MonthlyReturn(long agencyId, ReportingPeriod period, String createdBy, Instant now) {
		this.agencyId = agencyId;
		this.period = period.monthStart();
		this.statYear = period.statYear();
		this.months = period.months();
		this.createdAt = now;
		this.createdBy = createdBy;
		this.updatedAt = now;
		this.updatedBy = createdBy;
	}

	Long getId() {
		return this.id;
	}

	long getAgencyId() {
		return this.agencyId;
	}

	LocalDate getPeriod() {
		return this.period;
	}

	ReturnStatus getStatus() {
		return this.status;
	}

	Figures getCases() {
		return this.cases;
	}

	Figures getMoney() {
		return this.money;
	}

	ReturnFigures getFigures() {
		Map<String, ReturnFigures> held = new TreeMap<>();
		this.categories.forEach((code, row) -> held.put(code, row.figures()));
		return new ReturnFigures(this.cases, this.money, held,
				new Companions(Map.of(CompanionForm.RECEPTION, this.reception.values(), CompanionForm.COMPLAINTS,
						CompanionColumns.read(CompanionForm.COMPLAINTS, this.complaints), CompanionForm.ADMIN_JUDGMENTS,
						CompanionColumns.read(CompanionForm.ADMIN_JUDGMENTS, this.adminJudgments))));
	}

	String getExplanation() {
		return this.explanation;
	}

	String getReviewComment() {
		return this.reviewComment;
	}

	Instant getFirstSubmittedAt() {
		return this.firstSubmittedAt;
	}

	Instant getSubmittedAt() {
		return this.submittedAt;
	}

	String getSubmittedBy() {
		return this.submittedBy;
	}

	Instant getApprovedAt() {
		return this.approvedAt;
	}

	String getApprovedBy() {
		return this.approvedBy;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

	String getUpdatedBy() {
		return this.updatedBy;
	}

	long getVersion() {
		return this.version;
	}

	/**
	 * Replaces both forms and the categories' figures, and the companion forms given. The
	 * update time always changes, so every save is a new version even when no figure did
	 * (api.md: "version incremented").
	 */
	void setFigures(ReturnFigures figures, String user, Instant now) {
		this.cases = figures.cases();
		this.money = figures.money();
		Companions companions = figures.companions();
		if (companions.has(CompanionForm.RECEPTION)) {
			this.reception = Reception.of(companions.get(CompanionForm.RECEPTION));
		}
		if (companions.has(CompanionForm.COMPLAINTS)) {
			this.complaints = (ComplaintColumns) CompanionColumns.of(companions.get(CompanionForm.COMPLAINTS));
		}
		if (companions.has(CompanionForm.ADMIN_JUDGMENTS)) {
			this.adminJudgments = (AdminJudgmentColumns) CompanionColumns
				.of(companions.get(CompanionForm.ADMIN_JUDGMENTS));
		}
		this.categories.keySet().retainAll(figures.categories().keySet());
		figures.categories().forEach((code, category) -> {
			if (!this.categories.containsKey(code) || !this.categories.get(code).figures().equals(category)) {
				this.categories.put(code, new CategoryRow(category));
			}
		});
		touch(user, now);
	}

	void submit(String explanation, String user, Instant now) {
		this.status = ReturnStatus.SUBMITTED;
		this.explanation = explanation;
		this.submittedAt = now;
		this.submittedBy = user;
		// lateness is judged on the first submission: a return sent back and submitted
		// again is not late because of the leader's review (domain.md §2)
		if (this.firstSubmittedAt == null) {
			this.firstSubmittedAt = now;
		}
		touch(user, now);
	}

	void approve(String user, Instant now) {
		this.status = ReturnStatus.APPROVED;
		this.approvedAt = now;
		this.approvedBy = user;
		touch(user, now);
	}

	/** Sent back with a comment, or reopened with a reason: editable again. */
	void sendBack(String comment, String user, Instant now) {
		this.status = ReturnStatus.RETURNED;
		this.reviewComment = comment;
		this.approvedAt = null;
		this.approvedBy = null;
		touch(user, now);
	}

	/**
	 * Reopened by an administrator: a return that was submitted goes back to its officer
	 * as {@link #sendBack} does; a draft never submitted stays a draft (only a submitted
	 * return can have been returned), the reason kept with it.
	 */
	void reopen(String reason, String user, Instant now) {
		if (this.status == ReturnStatus.DRAFT) {
			this.reviewComment = reason;
			touch(user, now);
		}
		else {
			sendBack(reason, user, now);
		}
	}

	private void touch(String user, Instant now) {
		this.updatedBy = user;
		this.updatedAt = now;
	}

}
