package cn.jiedaoflow.veterans;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface VeteranRepository extends JpaRepository<Veteran, Long> {

    List<Veteran> findAllByOrderByServiceNumberAsc();

    List<Veteran> findByKeyCareTrueOrderByServiceNumberAsc();

    List<Veteran> findByServiceNumberIn(Collection<String> serviceNumbers);

    List<Veteran> findByIdNumberIn(Collection<String> idNumbers);

    Optional<Veteran> findByIdNumber(String idNumber);

    /** The veteran, locked until the transaction ends: two applications for one veteran check one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select v from Veteran v where v.id = :id")
    Optional<Veteran> lockById(@Param("id") Long id);
}
