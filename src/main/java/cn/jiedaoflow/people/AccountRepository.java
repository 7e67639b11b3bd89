package cn.jiedaoflow.people;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByLoginName(String loginName);

    boolean existsByLoginName(String loginName);

    /** The accounts that hold this ID number (normalised, GB 11643). */
    List<Account> findByIdNumber(String idNumber);
}
