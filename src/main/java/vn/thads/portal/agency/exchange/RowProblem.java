package vn.thads.portal.agency.exchange;

import java.util.List;

/**
 * A problem with one row of the file, as a message key and its arguments.
 *
 * @param row the row's number in the file (1 = the header, for a file-wide problem)
 */
record RowProblem(int row, String code, List<Object> arguments) {

	static RowProblem of(int row, String code, Object... arguments) {
		return new RowProblem(row, code, List.of(arguments));
	}

}
