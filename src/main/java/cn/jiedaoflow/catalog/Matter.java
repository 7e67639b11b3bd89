package cn.jiedaoflow.catalog;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A matter (事项) of the service catalog: data, not code. A member matter names its integrated matter
 * (一件事) as parent; applicants apply for the integrated matter, and each member is reviewed by its own
 * department.
 */
@Entity
@Table(name = "one_stop_matter")
public class Matter {

    @Id
    @Column(name = "code", length = 60)
    private String code;

    @Column(name = "name_zh", nullable = false, length = 100)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Column(name = "responsible_group", nullable = false, length = 64)
    private String responsibleGroup;

    @Column(name = "limit_working_days", nullable = false)
    private int limitWorkingDays;

    @Enumerated(EnumType.STRING)
    @Column(name = "handling_mode", nullable = false, length = 20)
    private HandlingMode handlingMode;

    @Column(name = "form_key", nullable = false, length = 100)
    private String formKey;

    @Column(name = "parent_code", length = 60)
    private String parentCode;

    @Column(name = "position", nullable = false)
    private int position;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "one_stop_matter_material", joinColumns = @JoinColumn(name = "matter_code"))
    @OrderColumn(name = "position")
    private List<RequiredMaterial> materials = new ArrayList<>();

    @Column(name = "updated_by", length = 64)
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Matter() {}

    public Matter(String code, int position) {
        this.code = code;
        this.position = position;
    }

    public void update(MatterRequest request, String updatedBy, Instant updatedAt) {
        this.nameZh = request.nameZh().strip();
        this.nameEn = request.nameEn().strip();
        this.responsibleGroup = request.responsibleGroup().strip();
        this.limitWorkingDays = request.limitWorkingDays();
        this.handlingMode = request.handlingMode();
        this.formKey = request.formKey().strip();
        this.parentCode = request.parentCode() == null || request.parentCode().isBlank()
                ? null
                : request.parentCode().strip();
        this.materials.clear();
        for (MatterRequest.Material material : request.materials()) {
            this.materials.add(new RequiredMaterial(
                    material.code().strip(),
                    material.nameZh().strip(),
                    material.nameEn().strip()));
        }
        this.updatedBy = updatedBy;
        this.updatedAt = updatedAt;
    }

    public String code() {
        return code;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    public String responsibleGroup() {
        return responsibleGroup;
    }

    public int limitWorkingDays() {
        return limitWorkingDays;
    }

    public HandlingMode handlingMode() {
        return handlingMode;
    }

    public String formKey() {
        return formKey;
    }

    public String parentCode() {
        return parentCode;
    }

    public boolean isMember() {
        return parentCode != null;
    }

    public int position() {
        return position;
    }

    public List<RequiredMaterial> materials() {
        return List.copyOf(materials);
    }
}
