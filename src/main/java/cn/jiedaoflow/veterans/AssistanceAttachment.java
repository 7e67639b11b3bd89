package cn.jiedaoflow.veterans;

import cn.jiedaoflow.files.StoredDocument;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A document attached to an assistance application (a bill, a proof of income). */
@Entity
@Table(name = "veteran_assistance_attachment")
class AssistanceAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id", nullable = false)
    private Long applicationId;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "document_id", nullable = false)
    private StoredDocument document;

    protected AssistanceAttachment() {}

    AssistanceAttachment(Long applicationId, StoredDocument document) {
        this.applicationId = applicationId;
        this.document = document;
    }

    Long getId() {
        return id;
    }

    StoredDocument getDocument() {
        return document;
    }
}
