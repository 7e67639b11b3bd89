package cn.jiedaoflow.veterans;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface VeteranCaseRepository extends JpaRepository<VeteranCase, Long> {

    List<VeteranCase> findByVeteranIdOrderByOpenedAtAscIdAsc(Long veteranId);
}
