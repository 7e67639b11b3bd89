package cn.jiedaoflow.veterans;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface AssistanceAttachmentRepository extends Repository<AssistanceAttachment, Long> {

    AssistanceAttachment save(AssistanceAttachment attachment);

    Optional<AssistanceAttachment> findByIdAndApplicationId(Long id, Long applicationId);

    List<AssistanceAttachment> findByApplicationIdOrderByIdAsc(Long applicationId);
}
