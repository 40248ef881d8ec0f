package vn.thads.portal.target;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface TargetAuditRepository extends JpaRepository<TargetAudit, Long> {

	/** The latest changes of these agencies' targets for a year, newest first. */
	List<TargetAudit> findByAgencyIdInAndStatYearOrderByChangedAtDescIdDesc(Collection<Long> agencyIds, int statYear,
			Limit limit);

}
