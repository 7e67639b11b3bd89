package cn.jiedaoflow.scope;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface AreaStaffRepository extends Repository<AreaStaff, String> {

    AreaStaff save(AreaStaff member);

    List<AreaStaff> findAll();

    Optional<AreaStaff> findById(String userId);

    List<AreaStaff> findByAreaIdOrderByUserIdAsc(Long areaId);

    boolean existsByAreaId(Long areaId);

    void delete(AreaStaff member);
}
