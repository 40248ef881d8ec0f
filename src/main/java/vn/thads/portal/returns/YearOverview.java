package vn.thads.portal.returns;

import java.util.List;

import vn.thads.portal.agency.AgencyRef;

/**
 * The twelve months of one agency's statistical year.
 *
 * @param previousYear the year before, or null
 * @param nextYear the year after when it has begun, or null
 */
public record YearOverview(AgencyRef agency, int statYear, Integer previousYear, Integer nextYear,
		List<MonthRow> months) {

}
