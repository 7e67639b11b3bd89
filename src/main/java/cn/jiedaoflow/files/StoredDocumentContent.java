package cn.jiedaoflow.files;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of a stored document, read only when someone opens it. */
@Entity
@Table(name = "stored_document_content")
class StoredDocumentContent {

    @Id
    @Column(name = "document_id")
    private Long documentId;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false)
    private byte[] content;

    protected StoredDocumentContent() {}

    StoredDocumentContent(Long documentId, byte[] content) {
        this.documentId = documentId;
        this.content = content;
    }

    byte[] content() {
        return content;
    }
}
