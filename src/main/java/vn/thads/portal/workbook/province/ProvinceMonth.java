package vn.thads.portal.workbook.province;

import java.util.List;

import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.period.ReportingPeriod;
import vn.thads.portal.returns.ReturnView;

/**
 * A province's month as its statistician fills it in: the province's own return first,
 * then its regional offices' by code, each as the entry page would show it to the user
 * (status, version, figures and whether the user may edit it now).
 */
public record ProvinceMonth(AgencyRef province, ReportingPeriod period, List<ReturnView> returns) {

	public ProvinceMonth {
		returns = List.copyOf(returns);
	}

	/** The return of one of the agencies of the workbook, or null if it is not one. */
	public ReturnView of(String agencyCode) {
		return this.returns.stream().filter((r) -> r.agency().code().equals(agencyCode)).findFirst().orElse(null);
	}

}
