package vn.thads.portal.agency;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A row of {@code agency_name}: the persistent form of an {@link AgencyName}. */
@Embeddable
class NameEntry {

	@Column(nullable = false)
	private LocalDate validFrom;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private String shortName;

	protected NameEntry() {
	}

	NameEntry(LocalDate validFrom, String name, String shortName) {
		this.validFrom = validFrom;
		this.name = name;
		this.shortName = shortName;
	}

	LocalDate validFrom() {
		return this.validFrom;
	}

	void correct(String name, String shortName) {
		this.name = name;
		this.shortName = shortName;
	}

	AgencyName toName() {
		return new AgencyName(this.name, this.shortName, this.validFrom);
	}

}
