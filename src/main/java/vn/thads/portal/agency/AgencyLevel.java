package vn.thads.portal.agency;

/**
 * Level of an agency in the tree (domain.md §1). Declared from the top down: a child's
 * level is always below its parent's.
 */
public enum AgencyLevel {

	/** Tổng cục / Cục Quản lý Thi hành án dân sự (Bộ Tư pháp). */
	CENTRAL,

	/** Cục Thi hành án dân sự tỉnh, thành phố. */
	PROVINCE,

	/** Chi cục THADS quận, huyện / Phòng THADS khu vực. */
	LOCAL;

	public boolean isBelow(AgencyLevel other) {
		return ordinal() > other.ordinal();
	}

}
