package cn.jiedaoflow.people;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByLoginName(String loginName);

    boolean existsByLoginName(String loginName);
}
