package cn.jiedaoflow.labordispute;

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

/** A material handed in with a mediation application at the window (a labour contract, pay slips). */
@Entity
@Table(name = "labor_dispute_material")
class MediationMaterial {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "document_id", nullable = false)
    private StoredDocument document;

    protected MediationMaterial() {}

    MediationMaterial(Long caseId, StoredDocument document) {
        this.caseId = caseId;
        this.document = document;
    }

    Long getId() {
        return id;
    }

    StoredDocument getDocument() {
        return document;
    }
}
