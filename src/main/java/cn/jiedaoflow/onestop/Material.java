package cn.jiedaoflow.onestop;

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

/** A document an applicant handed in for one required material of the matter, with the application or later. */
@Entity
@Table(name = "one_stop_material")
class Material {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id", nullable = false)
    private Long applicationId;

    @Column(name = "material_code", nullable = false, length = 60)
    private String materialCode;

    @Column(name = "supplement", nullable = false)
    private boolean supplement;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "document_id", nullable = false)
    private StoredDocument document;

    protected Material() {}

    Material(Long applicationId, String materialCode, StoredDocument document, boolean supplement) {
        this.applicationId = applicationId;
        this.materialCode = materialCode;
        this.document = document;
        this.supplement = supplement;
    }

    Long getId() {
        return id;
    }

    String getMaterialCode() {
        return materialCode;
    }

    boolean isSupplement() {
        return supplement;
    }

    StoredDocument getDocument() {
        return document;
    }
}
