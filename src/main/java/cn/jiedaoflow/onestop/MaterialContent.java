package cn.jiedaoflow.onestop;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of a material, read only when someone opens the file. */
@Entity
@Table(name = "one_stop_material_content")
class MaterialContent {

    @Id
    @Column(name = "material_id")
    private Long materialId;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false)
    private byte[] content;

    protected MaterialContent() {}

    MaterialContent(Long materialId, byte[] content) {
        this.materialId = materialId;
        this.content = content;
    }

    byte[] content() {
        return content;
    }
}
