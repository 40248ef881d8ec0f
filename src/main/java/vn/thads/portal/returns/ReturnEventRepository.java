package vn.thads.portal.returns;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReturnEventRepository extends JpaRepository<ReturnEvent, Long> {

	/** A return's history, oldest first, changes fetched in the same query. */
	@EntityGraph(attributePaths = "changes")
	List<ReturnEvent> findByReturnIdOrderByVersionAscIdAsc(long returnId);

	/** What happened after a given version: the conflict view. */
	@EntityGraph(attributePaths = "changes")
	List<ReturnEvent> findByReturnIdAndVersionGreaterThanOrderByVersionAscIdAsc(long returnId, long version);

	/** A return's latest event among the given actions. */
	Optional<ReturnEvent> findFirstByReturnIdAndActionInOrderByVersionDescIdDesc(long returnId,
			Collection<ReturnAction> actions);

}
