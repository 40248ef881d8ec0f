package vn.thads.portal.target;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * One agency's targets for one statistical year. {@code @Version}: two leaders saving the
 * same sheet never overwrite each other silently.
 */
@Entity
class Target {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private long agencyId;

	@Column(nullable = false, updatable = false)
	private int statYear;

	@Column(nullable = false)
	private BigDecimal casesRate;

	@Column(nullable = false)
	private BigDecimal moneyRate;

	@Column(nullable = false)
	private Instant updatedAt;

	@Column(nullable = false)
	private String updatedBy;

	@Version
	private long version;

	protected Target() {
	}

	Target(long agencyId, int statYear) {
		this.agencyId = agencyId;
		this.statYear = statYear;
	}

	void set(TargetRates rates, String user, Instant now) {
		this.casesRate = rates.casesRate();
		this.moneyRate = rates.moneyRate();
		this.updatedBy = user;
		this.updatedAt = now;
	}

	TargetRates rates() {
		return (this.casesRate != null) ? new TargetRates(this.casesRate, this.moneyRate) : null;
	}

	long getAgencyId() {
		return this.agencyId;
	}

	int getStatYear() {
		return this.statYear;
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

}
