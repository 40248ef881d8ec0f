package vn.thads.portal.account;

import java.io.Serializable;

/**
 * One row of a users' spreadsheet as read, every cell as text (nothing checked yet).
 *
 * @param line the row's number in the file (the header is row 1)
 * @param role {@code OFFICER}, {@code LEADER}, {@code ADMIN} or their Vietnamese names
 */
public record UserImportRow(int line, String username, String displayName, String role, String agencyCode,
		String email) implements Serializable {

}
