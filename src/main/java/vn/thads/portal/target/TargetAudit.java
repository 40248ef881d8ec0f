package vn.thads.portal.target;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One audited change of a target: who, when, from what to what. Never updated. */
@Entity
@Table(name = "target_change")
class TargetAudit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long agencyId;

	private int statYear;

	private Instant changedAt;

	private String changedBy;

	private BigDecimal oldCasesRate;

	private BigDecimal newCasesRate;

	private BigDecimal oldMoneyRate;

	private BigDecimal newMoneyRate;

	protected TargetAudit() {
	}

	TargetAudit(long agencyId, int statYear, TargetRates before, TargetRates after, String user, Instant now) {
		this.agencyId = agencyId;
		this.statYear = statYear;
		this.changedAt = now;
		this.changedBy = user;
		this.oldCasesRate = (before != null) ? before.casesRate() : null;
		this.oldMoneyRate = (before != null) ? before.moneyRate() : null;
		this.newCasesRate = after.casesRate();
		this.newMoneyRate = after.moneyRate();
	}

	long getAgencyId() {
		return this.agencyId;
	}

	TargetChange toChange(String agencyCode, String agencyName) {
		return new TargetChange(agencyCode, agencyName, this.statYear, this.changedAt, this.changedBy,
				this.oldCasesRate, this.newCasesRate, this.oldMoneyRate, this.newMoneyRate);
	}

}
