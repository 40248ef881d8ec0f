package vn.thads.portal.account;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

	Optional<UserAccount> findByUsername(String username);

	boolean existsByUsername(String username);

	List<UserAccount> findAllByOrderByUsername();

	List<UserAccount> findAllByAgencyIdOrderByUsername(long agencyId);

	List<UserAccount> findAllByUsernameIn(Collection<String> usernames);

}
