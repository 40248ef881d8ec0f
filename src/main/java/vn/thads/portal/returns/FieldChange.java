package vn.thads.portal.returns;

import java.util.List;

/**
 * One figure changed by one event of a return's history.
 *
 * @param field the API's path of the figure ({@code cases.completed})
 * @param from the value before, null when the return was created
 * @param to the value after
 */
public record FieldChange(String field, Long from, Long to) {

	/**
	 * Every figure that differs between two sets of a return's figures, named as the
	 * history names them (the main forms', each category's, the reception's), in form
	 * order; {@code before} null lists the non-zero ones of a new return.
	 */
	public static List<FieldChange> between(ReturnFigures before, ReturnFigures after) {
		return ReturnAudit.diff(before, after);
	}

}
