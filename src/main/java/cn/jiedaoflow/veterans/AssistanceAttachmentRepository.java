package cn.jiedaoflow.veterans;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface AssistanceAttachmentRepository extends Repository<AssistanceAttachment, Long> {

    AssistanceAttachment save(AssistanceAttachment attachment);

    Optional<AssistanceAttachment> findByIdAndApplicationId(Long id, Long applicationId);

    /** The list without the files' bytes. */
    @Query("""
            select new cn.jiedaoflow.veterans.AttachmentView(
                a.id, a.fileName, a.contentType, a.sizeBytes, a.sha256, a.uploadedAt)
            from AssistanceAttachment a where a.applicationId = :applicationId order by a.id""")
    List<AttachmentView> listOf(@Param("applicationId") Long applicationId);
}
