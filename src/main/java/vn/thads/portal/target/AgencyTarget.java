package vn.thads.portal.target;

import java.time.Instant;

import vn.thads.portal.agency.AgencyRef;

/**
 * An agency's targets for a statistical year as they are stored.
 *
 * @param rates null when no target has been set
 * @param version for optimistic locking; null when no target has been set
 * @param updatedAt null when no target has been set
 * @param updatedBy null when no target has been set
 */
public record AgencyTarget(AgencyRef agency, int statYear, TargetRates rates, Long version, Instant updatedAt,
		String updatedBy) {

	public boolean isSet() {
		return this.rates != null;
	}

}
