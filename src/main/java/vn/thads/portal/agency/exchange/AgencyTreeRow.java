package vn.thads.portal.agency.exchange;

/**
 * One row of the agency tree file, as text (api.md, Agencies: one row per agency and
 * name). Values are checked by {@link ImportPlanner}, not here.
 *
 * @param row the row's number in the file, the header being row 1 (as a spreadsheet shows
 * it)
 * @param predecessors codes separated by {@code ;}
 * @param primarySuccessor on a predecessor's rows, the successor it is counted under
 * @param shortName optional (not exported): derived from the name when absent
 */
public record AgencyTreeRow(int row, String code, String name, String nameValidFrom, String level, String parent,
		String validFrom, String validTo, String predecessors, String primarySuccessor, String shortName) {

}
