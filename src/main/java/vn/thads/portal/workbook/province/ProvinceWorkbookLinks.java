package vn.thads.portal.workbook.province;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.security.PortalUser;

/**
 * Whether a page shows the link to a province's workbook, for the templates of other
 * modules (the months of a province's returns):
 * {@code @provinceWorkbookLinks.offered(…)}. The page behind the link checks for itself.
 */
@Component("provinceWorkbookLinks")
public class ProvinceWorkbookLinks {

	private final ProvinceOffices offices;

	ProvinceWorkbookLinks(ProvinceOffices offices) {
		this.offices = offices;
	}

	public boolean offered(Authentication authentication, AgencyRef agency) {
		return authentication != null && authentication.getPrincipal() instanceof PortalUser user
				&& this.offices.offered(user, agency);
	}

}
