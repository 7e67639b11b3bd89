package cn.jiedaoflow.catalog;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** The service catalog's rows. */
public interface MatterRepository extends Repository<Matter, String> {

    Matter save(Matter matter);

    Optional<Matter> findById(String code);

    List<Matter> findAllByOrderByPositionAsc();

    List<Matter> findByParentCodeOrderByPositionAsc(String parentCode);
}
