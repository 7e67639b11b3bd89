package cn.jiedaoflow.drafts;

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

/** A file of a draft, for one material of its service, stored as a document until the draft goes. */
@Entity
@Table(name = "draft_file")
class DraftFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "draft_id", nullable = false)
    private Long draftId;

    @Column(name = "material_code", nullable = false, length = 60)
    private String materialCode;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "document_id", nullable = false)
    private StoredDocument document;

    protected DraftFile() {}

    DraftFile(Long draftId, String materialCode, StoredDocument document) {
        this.draftId = draftId;
        this.materialCode = materialCode;
        this.document = document;
    }

    Long getId() {
        return id;
    }

    Long getDraftId() {
        return draftId;
    }

    String getMaterialCode() {
        return materialCode;
    }

    StoredDocument getDocument() {
        return document;
    }
}
