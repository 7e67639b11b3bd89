package cn.jiedaoflow.cases;

import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.NoRepositoryBean;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * Case records by tracking number, through their {@link CaseHeader} (a field named {@code header}): what every
 * procedure's repository of cases answers. The lists are {@link CaseLists}.
 */
@NoRepositoryBean
public interface CaseRecords<T> extends Repository<T, Long> {

    @Query("select c from #{#entityName} c where c.header.trackingNumber = :trackingNumber")
    Optional<T> findByTrackingNumber(@Param("trackingNumber") String trackingNumber);

    @Query("select count(c) > 0 from #{#entityName} c where c.header.trackingNumber = :trackingNumber")
    boolean existsByTrackingNumber(@Param("trackingNumber") String trackingNumber);
}
