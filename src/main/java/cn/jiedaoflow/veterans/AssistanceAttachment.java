package cn.jiedaoflow.veterans;

import cn.jiedaoflow.files.UploadedDocument;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A document attached to an assistance application (a bill, a proof of income); its bytes load only when opened. */
@Entity
@Table(name = "veteran_assistance_attachment")
class AssistanceAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id", nullable = false)
    private Long applicationId;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 40)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false)
    private byte[] content;

    @Column(name = "uploaded_by", nullable = false, length = 64)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected AssistanceAttachment() {}

    AssistanceAttachment(Long applicationId, UploadedDocument document, String uploadedBy, Instant uploadedAt) {
        this.applicationId = applicationId;
        this.fileName = document.fileName();
        this.contentType = document.type().mediaType();
        this.sizeBytes = document.content().length;
        this.sha256 = document.sha256();
        this.content = document.content();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    Long getId() {
        return id;
    }

    Long getApplicationId() {
        return applicationId;
    }

    String getFileName() {
        return fileName;
    }

    String getContentType() {
        return contentType;
    }

    long getSizeBytes() {
        return sizeBytes;
    }

    String getSha256() {
        return sha256;
    }

    byte[] getContent() {
        return content;
    }

    Instant getUploadedAt() {
        return uploadedAt;
    }
}
