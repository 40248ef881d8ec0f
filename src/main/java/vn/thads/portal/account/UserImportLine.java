package vn.thads.portal.account;

import java.util.List;

import vn.thads.portal.security.Role;
import vn.thads.portal.shared.FieldProblem;

/**
 * What the import would do with one row: create or update an account, leave it as it is,
 * or refuse the row (and with it the file).
 *
 * @param role null when the row's role is not understood
 * @param agencyName null when the row's agency is unknown
 */
public record UserImportLine(int line, String username, String displayName, Role role, String agencyCode,
		String agencyName, String email, Outcome outcome, List<FieldProblem> problems) {

	public UserImportLine {
		problems = List.copyOf(problems);
	}

	public enum Outcome {

		CREATE, UPDATE, UNCHANGED, ERROR

	}

}
