package cn.jiedaoflow.labordispute;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MediationMaterialRepository extends JpaRepository<MediationMaterial, Long> {

    List<MediationMaterial> findByCaseIdOrderByIdAsc(Long caseId);

    Optional<MediationMaterial> findByIdAndCaseId(Long id, Long caseId);
}
