package cn.jiedaoflow.onestop;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface MaterialRepository extends Repository<Material, Long> {

    Material save(Material material);

    List<Material> findByApplicationIdOrderByIdAsc(Long applicationId);

    Optional<Material> findByIdAndApplicationId(Long id, Long applicationId);
}
