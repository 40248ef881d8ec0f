package vn.thads.portal.returns;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MonthlyReturnRepository extends JpaRepository<MonthlyReturn, Long> {

	Optional<MonthlyReturn> findByAgencyIdAndPeriod(long agencyId, LocalDate period);

	List<MonthlyReturn> findByAgencyIdInAndPeriod(Collection<Long> agencyIds, LocalDate period);

	/** The latest return in [from, before): the month a new one is compared with. */
	Optional<MonthlyReturn> findFirstByAgencyIdAndPeriodGreaterThanEqualAndPeriodLessThanOrderByPeriodDesc(
			long agencyId, LocalDate from, LocalDate before);

	/**
	 * A predecessor's latest return of a statistical year before a day (its successor's
	 * first), among the given statuses: the inherited base.
	 */
	Optional<MonthlyReturn> findFirstByAgencyIdAndStatYearAndPeriodLessThanAndStatusInOrderByPeriodDesc(long agencyId,
			int statYear, LocalDate before, Collection<ReturnStatus> statuses);

	/** One agency's returns of one statistical year: the "my returns" page, one query. */
	List<MonthlyReturn> findByAgencyIdAndStatYearOrderByPeriod(long agencyId, int statYear);

	@Query("select max(r.statYear) from MonthlyReturn r where r.agencyId = :agencyId")
	Integer findLatestStatYear(@Param("agencyId") long agencyId);

	/** The review queue: returns waiting for a leader, oldest submission first. */
	List<MonthlyReturn> findByStatusAndAgencyIdInOrderBySubmittedAtAscIdAsc(ReturnStatus status,
			Collection<Long> agencyIds);

	long countByStatusAndAgencyIdIn(ReturnStatus status, Collection<Long> agencyIds);

	List<MonthlyReturn> findByIdIn(Collection<Long> ids);

}
