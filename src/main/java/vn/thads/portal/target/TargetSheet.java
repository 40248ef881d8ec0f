package vn.thads.portal.target;

import java.util.List;
import java.util.Map;

import vn.thads.portal.agency.AgencyRef;

/**
 * What the targets page shows: the agencies directly below {@code parent} with their
 * targets for one statistical year, the parent's own targets (set by the level above),
 * each unit's targets of the year before for reference, and the latest changes.
 *
 * @param own the parent's own targets for the year
 * @param rows one per agency directly below the parent, active during the year
 * @param previousYear the rows' targets of the year before, by agency id
 */
public record TargetSheet(AgencyRef parent, int statYear, AgencyTarget own, List<AgencyTarget> rows,
		Map<Long, TargetRates> previousYear, List<TargetChange> history) {

}
