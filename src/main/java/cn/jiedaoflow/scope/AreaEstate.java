package cn.jiedaoflow.scope;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** That an estate lies in a residents' area; the estate is the key, so it lies in at most one. */
@Entity
@Table(name = "residents_area_estate")
class AreaEstate {

    @Id
    @Column(name = "estate_id")
    private Long estateId;

    @Column(name = "area_id", nullable = false)
    private Long areaId;

    @Column(name = "assigned_by", nullable = false, length = 64)
    private String assignedBy;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    protected AreaEstate() {}

    AreaEstate(Long estateId, Long areaId, String assignedBy, Instant assignedAt) {
        this.estateId = estateId;
        this.areaId = areaId;
        this.assignedBy = assignedBy;
        this.assignedAt = assignedAt;
    }

    void moveTo(Long newAreaId, String by, Instant at) {
        this.areaId = newAreaId;
        this.assignedBy = by;
        this.assignedAt = at;
    }

    Long getEstateId() {
        return estateId;
    }

    Long getAreaId() {
        return areaId;
    }
}
