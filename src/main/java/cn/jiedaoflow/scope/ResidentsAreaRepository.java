package cn.jiedaoflow.scope;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface ResidentsAreaRepository extends Repository<ResidentsArea, Long> {

    ResidentsArea save(ResidentsArea area);

    Optional<ResidentsArea> findById(Long id);

    List<ResidentsArea> findAllByOrderByIdAsc();

    boolean existsByName(String name);

    void delete(ResidentsArea area);

    /** The area, locked until the transaction ends: changes of one area's estates and staff run one after another. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from ResidentsArea a where a.id = :id")
    Optional<ResidentsArea> lockById(@Param("id") Long id);
}
