package vn.thads.portal.agency;

import java.time.LocalDate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

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

	/**
	 * Every name with the day it took effect, oldest first; {@link #name} and
	 * {@link #shortName} are the latest. Read with the agencies of the same query in one
	 * more statement (subselect), never one per agency.
	 */
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "agency_name", joinColumns = @JoinColumn(name = "agency_id"))
	@OrderBy("validFrom")
	@Fetch(FetchMode.SUBSELECT)
	private List<NameEntry> names = new ArrayList<>();

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
		this.names.add(new NameEntry(validFrom, name, shortName));
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

	/**
	 * The name from {@code from} on: a new name when no name took effect that day, else a
	 * correction of that day's name. The latest name becomes the current one.
	 */
	void nameFrom(LocalDate from, String name, String shortName) {
		NameEntry same = this.names.stream().filter((n) -> n.validFrom().equals(from)).findFirst().orElse(null);
		if (same != null) {
			same.correct(name, shortName);
		}
		else {
			this.names.add(new NameEntry(from, name, shortName));
			this.names.sort(Comparator.comparing(NameEntry::validFrom));
		}
		AgencyName latest = this.names.get(this.names.size() - 1).toName();
		this.name = latest.name();
		this.shortName = latest.shortName();
	}

	/** Corrects the name in force today, keeping the history. */
	void rename(String name, String shortName) {
		nameFrom(this.names.isEmpty() ? this.validFrom : this.names.get(this.names.size() - 1).validFrom(), name,
				shortName);
	}

	void changeLevel(AgencyLevel level) {
		this.level = level;
	}

	void setValidity(LocalDate validFrom, LocalDate validTo) {
		this.validFrom = validFrom;
		this.validTo = validTo;
		if (!this.names.isEmpty() && this.names.get(0).validFrom().isAfter(validFrom)) {
			// the first name holds from the agency's first day
			NameEntry first = this.names.remove(0);
			this.names.add(0, new NameEntry(validFrom, first.toName().name(), first.toName().shortName()));
		}
	}

	AgencyRef toRef() {
		return new AgencyRef(this.id, this.code, this.name, this.shortName, this.level,
				(this.parent != null) ? this.parent.getId() : null,
				(this.parent != null) ? this.parent.getCode() : null, this.path, this.validFrom, this.validTo,
				this.version, this.names.stream().map(NameEntry::toName).toList());
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
