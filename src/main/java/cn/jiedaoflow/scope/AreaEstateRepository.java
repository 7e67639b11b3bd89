package cn.jiedaoflow.scope;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface AreaEstateRepository extends Repository<AreaEstate, Long> {

    AreaEstate save(AreaEstate assignment);

    Optional<AreaEstate> findById(Long estateId);

    List<AreaEstate> findAll();

    List<AreaEstate> findByAreaIdOrderByEstateIdAsc(Long areaId);

    boolean existsByAreaId(Long areaId);

    void delete(AreaEstate assignment);
}
