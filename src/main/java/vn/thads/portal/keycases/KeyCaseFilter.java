package vn.thads.portal.keycases;

/**
 * Narrows the register: one unit's subtree, one category, one reason; closed cases only
 * when asked for.
 */
public record KeyCaseFilter(String unit, String category, KeyCaseReason reason, boolean includeClosed) {

	public static final KeyCaseFilter OPEN = new KeyCaseFilter(null, null, null, false);

	public static final KeyCaseFilter ALL = new KeyCaseFilter(null, null, null, true);

	boolean admits(KeyCaseRow row, java.util.function.Predicate<String> inUnit) {
		return (this.includeClosed || row.status() == KeyCaseStatus.OPEN)
				&& (this.category == null || this.category.equals(row.categoryCode()))
				&& (this.reason == null || row.reasons().contains(this.reason))
				&& (this.unit == null || inUnit.test(row.agencyCode()));
	}

}
