package vn.thads.portal.workbook.province;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thads.portal.agency.AgencyDirectory;
import vn.thads.portal.agency.AgencyLevel;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.agency.AgencyScope;
import vn.thads.portal.agency.ScopeRules;
import vn.thads.portal.period.ReportingCalendar;
import vn.thads.portal.period.ReportingPeriod;
import vn.thads.portal.returns.ReturnBook;
import vn.thads.portal.returns.ReturnView;
import vn.thads.portal.security.PortalUser;
import vn.thads.portal.security.Role;
import vn.thads.portal.shared.NotFoundException;

/**
 * Which returns make up a province's month in one workbook, and who may have it. The
 * returns are those a province's officers enter (domain.md §6): the province's own and
 * those of its regional offices that existed that month; whether the user may change each
 * of them now is the returns' own rule ({@code ReturnAccess}, through
 * {@link ReturnBook}), never decided here.
 * <p>
 * The workbook belongs to the province: its officers and leaders (and administrators) may
 * download it, only its officers upload it. A leader above the province sees its figures
 * elsewhere; a province's month is its statistician's work.
 */
@Service
@Transactional(readOnly = true)
public class ProvinceOffices {

	private final AgencyScope scope;

	private final AgencyDirectory directory;

	private final ReportingCalendar calendar;

	private final ReturnBook book;

	ProvinceOffices(AgencyScope scope, AgencyDirectory directory, ReportingCalendar calendar, ReturnBook book) {
		this.scope = scope;
		this.directory = directory;
		this.calendar = calendar;
		this.book = book;
	}

	/**
	 * The province's month for downloading.
	 * @throws AccessDeniedException (403) unless the user is an officer or leader of the
	 * province, or an administrator
	 */
	public ProvinceMonth forDownload(PortalUser user, String provinceCode, String periodCode) {
		return month(user, requireReader(user, provinceCode), periodCode);
	}

	/**
	 * The province's month for an upload: what the file is compared with.
	 * @throws AccessDeniedException (403) unless the user is an officer of the province
	 */
	public ProvinceMonth forUpload(PortalUser user, String provinceCode, String periodCode) {
		return month(user, requireUploader(user, provinceCode), periodCode);
	}

	/** Whether the user may download the province's workbook (the pages' links). */
	public boolean offered(PortalUser user, AgencyRef agency) {
		return agency.level() == AgencyLevel.PROVINCE
				&& (user.hasRole(Role.ADMIN) || (user.getRole() != Role.ADMIN && user.getAgencyId() == agency.id()));
	}

	/** Whether the user may upload the province's workbook. */
	public boolean uploadable(PortalUser user, AgencyRef agency) {
		return offered(user, agency) && user.getRole() == Role.OFFICER;
	}

	private ProvinceMonth month(PortalUser user, AgencyRef province, String periodCode) {
		ReportingPeriod period = this.calendar.parse(periodCode);
		List<ReturnView> returns = new ArrayList<>();
		for (AgencyRef agency : agencies(province, period)) {
			returns.add(this.book.open(user, agency.code(), period.code()));
		}
		return new ProvinceMonth(province, period, returns);
	}

	/**
	 * The province and its regional offices active on the period's last day (those that
	 * file that month's return). Before the reorganisation a province had no offices
	 * whose returns its officers entered: its workbook then holds its own return only.
	 */
	private List<AgencyRef> agencies(AgencyRef province, ReportingPeriod period) {
		List<AgencyRef> agencies = new ArrayList<>();
		agencies.add(province);
		this.directory.lineage()
			.children(province)
			.stream()
			.filter((office) -> ScopeRules.isRegionalOfficeOf(office, province) && office.isActiveOn(period.to()))
			.sorted(Comparator.comparing(AgencyRef::code))
			.forEach(agencies::add);
		return agencies;
	}

	/**
	 * Out of scope or someone else's province: 403 (as every page says); one's own agency
	 * that is not a province: 404, it has no such workbook.
	 */
	private AgencyRef requireReader(PortalUser user, String code) {
		AgencyRef agency = this.scope.requireView(user, code);
		if (!user.hasRole(Role.ADMIN) && user.getAgencyId() != agency.id()) {
			throw new AccessDeniedException("A province's workbook is for its own officers and leaders");
		}
		if (agency.level() != AgencyLevel.PROVINCE) {
			throw new NotFoundException("No province workbook for " + code);
		}
		return agency;
	}

	/**
	 * @throws AccessDeniedException (403) unless the user is an officer of the province
	 */
	AgencyRef requireUploader(PortalUser user, String code) {
		AgencyRef agency = requireReader(user, code);
		if (!uploadable(user, agency) || !this.scope.canEditReturns(user, agency)) {
			throw new AccessDeniedException("Only the province's officers upload its workbook");
		}
		return agency;
	}

}
