package cn.jiedaoflow.onestop;

import java.util.Optional;
import org.springframework.data.repository.Repository;

interface MaterialContentRepository extends Repository<MaterialContent, Long> {

    MaterialContent save(MaterialContent content);

    Optional<MaterialContent> findById(Long materialId);
}
