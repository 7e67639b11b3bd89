package cn.jiedaoflow.services;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ServiceMaterialRepository extends JpaRepository<ServiceMaterial, Long> {

    List<ServiceMaterial> findByApplicationIdOrderByIdAsc(Long applicationId);
}
