package cn.jiedaoflow.services;

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

/** A document handed in with an application for one material its model declares. */
@Entity
@Table(name = "service_application_material")
class ServiceMaterial {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id", nullable = false)
    private Long applicationId;

    @Column(name = "material_code", nullable = false, length = 60)
    private String materialCode;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id", nullable = false)
    private StoredDocument document;

    protected ServiceMaterial() {}

    ServiceMaterial(Long applicationId, String materialCode, StoredDocument document) {
        this.applicationId = applicationId;
        this.materialCode = materialCode;
        this.document = document;
    }

    String getMaterialCode() {
        return materialCode;
    }
}
