package vn.thads.portal.agency;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AgencyRepository extends JpaRepository<Agency, Long> {

	@EntityGraph(attributePaths = "parent")
	Optional<Agency> findByCode(String code);

	boolean existsByCode(String code);

	/** The agency and all its descendants, parents before children. */
	@EntityGraph(attributePaths = "parent")
	@Query("select a from Agency a where a.path like concat(:path, '%') order by a.path")
	List<Agency> findSubtree(@Param("path") String path);

	@EntityGraph(attributePaths = "parent")
	@Query("select a from Agency a order by a.path")
	List<Agency> findAllInTreeOrder();

	@EntityGraph(attributePaths = "parent")
	@Query("select a from Agency a where a.parent.id = :parentId order by a.code")
	List<Agency> findChildren(@Param("parentId") long parentId);

	/** Re-roots the paths of a moved subtree in one statement. */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query(value = "update agency set path = :newPrefix || substr(path, length(:oldPrefix) + 1) where path like :oldPrefix || '%'",
			nativeQuery = true)
	int movePaths(@Param("oldPrefix") String oldPrefix, @Param("newPrefix") String newPrefix);

	@Query(value = "select predecessor_id, successor_id, is_primary from agency_succession", nativeQuery = true)
	List<Object[]> findAllLinks();

	@Modifying
	@Query(value = "delete from agency_succession where successor_id = :id", nativeQuery = true)
	void deletePredecessors(@Param("id") long id);

	@Query(value = "select count(*) > 0 from agency_succession where predecessor_id = :predecessor and is_primary",
			nativeQuery = true)
	boolean hasPrimarySuccessor(@Param("predecessor") long predecessor);

	@Modifying
	@Query(value = "insert into agency_succession (predecessor_id, successor_id, is_primary) values (:predecessor, :successor, :primary)",
			nativeQuery = true)
	void insertSuccession(@Param("predecessor") long predecessor, @Param("successor") long successor,
			@Param("primary") boolean primary);

	@Query(value = "select count(*) > 0 from agency_succession where predecessor_id = :predecessor and successor_id = :successor",
			nativeQuery = true)
	boolean isLinked(@Param("predecessor") long predecessor, @Param("successor") long successor);

	/** First half of moving a primary link: the predecessor is counted nowhere. */
	@Modifying(flushAutomatically = true)
	@Query(value = "update agency_succession set is_primary = false where predecessor_id = :predecessor",
			nativeQuery = true)
	int clearPrimarySuccessor(@Param("predecessor") long predecessor);

	/** Second half: counted under {@code successor}; 0 when they are not linked. */
	@Modifying
	@Query(value = "update agency_succession set is_primary = true where predecessor_id = :predecessor and successor_id = :successor",
			nativeQuery = true)
	int markPrimarySuccessor(@Param("predecessor") long predecessor, @Param("successor") long successor);

}
