package vn.thads.portal.agency;

import java.time.LocalDate;

/**
 * What other modules know of an agency: an immutable snapshot.
 *
 * @param path the codes from the root down to this agency, {@code /TW/KG/KG-RG/}
 * @param version for optimistic locking of the administration form
 */
public record AgencyRef(long id, String code, String name, String shortName, AgencyLevel level, Long parentId,
		String parentCode, String path, LocalDate validFrom, LocalDate validTo, long version) {

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

	public boolean isActive() {
		return this.validTo == null || !this.validTo.isBefore(LocalDate.now());
	}

}
