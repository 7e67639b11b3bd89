package cn.jiedaoflow.owners;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface EstateRepository extends Repository<Estate, Long> {

    Estate save(Estate estate);

    Optional<Estate> findById(Long id);

    boolean existsById(Long id);

    List<Estate> findAllByOrderByIdAsc();

    Optional<Estate> findFirstByNameOrderByIdAsc(String name);

    /** The estate, locked until the transaction ends: two imports of one estate run one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from Estate e where e.id = :id")
    Optional<Estate> lockById(@Param("id") Long id);
}
