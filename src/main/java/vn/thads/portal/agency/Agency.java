package vn.thads.portal.agency;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

@Entity
class Agency {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private String code;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private String shortName;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AgencyLevel level;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "parent_id")
	private Agency parent;

	@Column(nullable = false)
	private String path;

	@Column(nullable = false)
	private LocalDate validFrom;

	private LocalDate validTo;

	@Version
	private long version;

	protected Agency() {
	}

	Agency(String code, String name, String shortName, AgencyLevel level, Agency parent, LocalDate validFrom) {
		this.code = code;
		this.name = name;
		this.shortName = shortName;
		this.level = level;
		this.validFrom = validFrom;
		moveUnder(parent);
	}

	static String pathOf(Agency parent, String code) {
		// getters, not fields: the parent may be a lazy proxy
		return ((parent != null) ? parent.getPath() : "/") + code + "/";
	}

	void moveUnder(Agency parent) {
		this.parent = parent;
		this.path = pathOf(parent, this.code);
	}

	void rename(String name, String shortName) {
		this.name = name;
		this.shortName = shortName;
	}

	void changeLevel(AgencyLevel level) {
		this.level = level;
	}

	void setValidity(LocalDate validFrom, LocalDate validTo) {
		this.validFrom = validFrom;
		this.validTo = validTo;
	}

	AgencyRef toRef() {
		return new AgencyRef(this.id, this.code, this.name, this.shortName, this.level,
				(this.parent != null) ? this.parent.getId() : null,
				(this.parent != null) ? this.parent.getCode() : null, this.path, this.validFrom, this.validTo,
				this.version);
	}

	Long getId() {
		return this.id;
	}

	String getCode() {
		return this.code;
	}

	AgencyLevel getLevel() {
		return this.level;
	}

	Agency getParent() {
		return this.parent;
	}

	String getPath() {
		return this.path;
	}

	long getVersion() {
		return this.version;
	}

}
