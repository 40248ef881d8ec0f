package vn.thads.portal.keycases;

import org.springframework.data.jpa.repository.JpaRepository;

interface KeyCaseRepository extends JpaRepository<KeyCase, Long> {

	boolean existsByAgencyIdAndDecisionNumber(long agencyId, String decisionNumber);

}
