package vn.thads.portal.agency;

import java.time.LocalDate;
import java.util.List;

/**
 * What an administrator asks for when creating or editing an agency.
 *
 * @param code fixed once created; ignored on edit
 * @param parentCode null only for the central agency
 * @param predecessorCodes agencies this one succeeds (2025 reorganisation)
 * @param version the version the administrator edited (null when creating)
 */
public record AgencyCommand(String code, String name, String shortName, AgencyLevel level, String parentCode,
		LocalDate validFrom, LocalDate validTo, List<String> predecessorCodes, Long version) {

	public AgencyCommand {
		predecessorCodes = (predecessorCodes != null) ? List.copyOf(predecessorCodes) : List.of();
	}

}
