package vn.thads.portal.target;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TargetRepository extends JpaRepository<Target, Long> {

	Optional<Target> findByAgencyIdAndStatYear(long agencyId, int statYear);

	List<Target> findByAgencyIdInAndStatYear(Collection<Long> agencyIds, int statYear);

}
