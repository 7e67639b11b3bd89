package cn.jiedaoflow.onestop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A file an applicant handed in for one required material; its bytes are kept apart (MaterialContent). */
@Entity
@Table(name = "one_stop_material")
public class Material {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id", nullable = false)
    private Long applicationId;

    @Column(name = "material_code", nullable = false, length = 60)
    private String materialCode;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 40)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "supplement", nullable = false)
    private boolean supplement;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected Material() {}

    Material(Long applicationId, MaterialFile file, boolean supplement, Instant uploadedAt) {
        this.applicationId = applicationId;
        this.materialCode = file.materialCode();
        this.fileName = file.fileName();
        this.contentType = file.type().mediaType();
        this.sizeBytes = file.content().length;
        this.sha256 = file.sha256();
        this.supplement = supplement;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public String getMaterialCode() {
        return materialCode;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public boolean isSupplement() {
        return supplement;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
