package cn.jiedaoflow.files;

import org.springframework.data.repository.Repository;

interface StoredDocumentRepository extends Repository<StoredDocument, Long> {

    StoredDocument save(StoredDocument document);

    void delete(StoredDocument document);
}
