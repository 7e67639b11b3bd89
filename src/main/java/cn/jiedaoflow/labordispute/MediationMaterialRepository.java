package cn.jiedaoflow.labordispute;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MediationMaterialRepository extends JpaRepository<MediationMaterial, Long> {

    List<MediationMaterial> findByCaseIdOrderByIdAsc(Long caseId);
}
