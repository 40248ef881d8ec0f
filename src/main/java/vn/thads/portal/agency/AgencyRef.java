package vn.thads.portal.agency;

import java.time.LocalDate;
import java.util.List;

/**
 * What other modules know of an agency: an immutable snapshot.
 *
 * @param name the current name (the last one, for a closed agency)
 * @param path the codes from the root down to this agency, {@code /TW/KG/KG-RG/}
 * @param version for optimistic locking of the administration form
 * @param names every name with the day it took effect, oldest first
 */
public record AgencyRef(long id, String code, String name, String shortName, AgencyLevel level, Long parentId,
		String parentCode, String path, LocalDate validFrom, LocalDate validTo, long version, List<AgencyName> names) {

	public AgencyRef {
		names = (names == null || names.isEmpty()) ? List.of(new AgencyName(name, shortName, validFrom))
				: List.copyOf(names);
	}

	/** A snapshot with its current name as its only name (tests, simple lists). */
	public AgencyRef(long id, String code, String name, String shortName, AgencyLevel level, Long parentId,
			String parentCode, String path, LocalDate validFrom, LocalDate validTo, long version) {
		this(id, code, name, shortName, level, parentId, parentCode, path, validFrom, validTo, version, List.of());
	}

	/** Whether {@code other} is this agency or one of its descendants. */
	public boolean contains(AgencyRef other) {
		return other.path().startsWith(this.path);
	}

	/** Depth in the tree, 0 for the root. */
	public int depth() {
		return (int) this.path.chars().filter((c) -> c == '/').count() - 2;
	}

	/** Active at some moment between {@code from} and {@code to}, both inclusive. */
	public boolean isActiveDuring(LocalDate from, LocalDate to) {
		return !this.validFrom.isAfter(to) && (this.validTo == null || !this.validTo.isBefore(from));
	}

	public boolean isActiveOn(LocalDate day) {
		return isActiveDuring(day, day);
	}

	/** Closed on or before {@code day}: its validity ended before it. */
	public boolean isClosedOn(LocalDate day) {
		return this.validTo != null && this.validTo.isBefore(day);
	}

	/**
	 * The name in force on {@code day} (domain.md §1a: everything about a period names
	 * the agency as at the period's end); before the agency existed, its first name.
	 */
	public AgencyName nameOn(LocalDate day) {
		AgencyName found = this.names.get(0);
		for (AgencyName candidate : this.names) {
			if (!candidate.validFrom().isAfter(day)) {
				found = candidate;
			}
		}
		return found;
	}

	/** The full name on {@code day}. */
	public String nameAt(LocalDate day) {
		return nameOn(day).name();
	}

	/** The short name on {@code day}. */
	public String shortNameAt(LocalDate day) {
		return nameOn(day).shortName();
	}

	/** This snapshot named as on {@code day}: for pages and reports about a period. */
	public AgencyRef asOn(LocalDate day) {
		AgencyName then = nameOn(day);
		if (then.name().equals(this.name) && then.shortName().equals(this.shortName)) {
			return this;
		}
		return new AgencyRef(this.id, this.code, then.name(), then.shortName(), this.level, this.parentId,
				this.parentCode, this.path, this.validFrom, this.validTo, this.version, this.names);
	}

}
