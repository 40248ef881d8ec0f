package vn.thads.portal.planner;

/**
 * How much of the money still needed a unit's open key cases could cover (issue 15, item
 * 2): filled in once the key-case register exists; until then a row has none.
 *
 * @param openCases the unit's open key cases
 * @param outstanding their amount still to collect, thousand đồng
 * @param coverable the part of the money still needed they could cover: min(needed,
 * outstanding)
 */
public record KeyCaseCover(int openCases, long outstanding, long coverable) {

}
