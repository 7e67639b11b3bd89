package cn.jiedaoflow.scope;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface EstateStaffRepository extends Repository<EstateStaff, Long> {

    EstateStaff save(EstateStaff member);

    List<EstateStaff> findAll();

    List<EstateStaff> findByEstateIdOrderByUserIdAsc(Long estateId);

    Optional<EstateStaff> findByEstateIdAndUserIdAndStaffGroup(Long estateId, String userId, String staffGroup);

    boolean existsByEstateIdAndUserIdAndStaffGroup(Long estateId, String userId, String staffGroup);

    void delete(EstateStaff member);
}
