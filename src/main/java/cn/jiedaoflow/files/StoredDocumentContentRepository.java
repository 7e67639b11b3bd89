package cn.jiedaoflow.files;

import java.util.Optional;
import org.springframework.data.repository.Repository;

interface StoredDocumentContentRepository extends Repository<StoredDocumentContent, Long> {

    StoredDocumentContent save(StoredDocumentContent content);

    Optional<StoredDocumentContent> findById(Long documentId);

    void deleteById(Long documentId);
}
