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

	@Query(value = "select predecessor_id from agency_succession where successor_id = :id", nativeQuery = true)
	List<Long> findPredecessorIds(@Param("id") long id);

	@Modifying
	@Query(value = "delete from agency_succession where successor_id = :id", nativeQuery = true)
	void deletePredecessors(@Param("id") long id);

	@Modifying
	@Query(value = "insert into agency_succession (predecessor_id, successor_id) values (:predecessor, :successor)",
			nativeQuery = true)
	void insertSuccession(@Param("predecessor") long predecessor, @Param("successor") long successor);

}
