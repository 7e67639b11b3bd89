package cn.jiedaoflow.drafts;

import java.util.List;
import org.springframework.data.repository.Repository;

interface DraftFileRepository extends Repository<DraftFile, Long> {

    DraftFile save(DraftFile file);

    void delete(DraftFile file);

    List<DraftFile> findByDraftIdOrderByIdAsc(Long draftId);
}
