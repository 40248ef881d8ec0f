package vn.thads.portal.account;

import java.io.Serializable;
import java.util.List;

/**
 * What an import did. The new accounts' initial passwords are here only, to be shown once
 * to the administrator who hands them over; the database keeps their hashes.
 */
public record UserImportResult(String fileName, List<NewAccount> created, int updated,
		int unchanged) implements Serializable {

	public UserImportResult {
		created = List.copyOf(created);
	}

	public record NewAccount(String username, String displayName, String agencyCode,
			String initialPassword) implements Serializable {

	}

}
