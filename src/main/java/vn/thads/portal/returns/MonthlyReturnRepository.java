package vn.thads.portal.returns;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface MonthlyReturnRepository extends JpaRepository<MonthlyReturn, Long> {

	Optional<MonthlyReturn> findByAgencyIdAndPeriod(long agencyId, LocalDate period);

}
