package vn.thads.portal.target;

/**
 * One row of the targets sheet as the user typed it: rates as text in Vietnamese
 * ("81,50") or international ("81.50") style, parsed and checked by {@link Targets}.
 *
 * @param version the version the user edited; null when no target existed
 */
public record TargetEntry(String agencyCode, String casesRate, String moneyRate, Long version) {

}
