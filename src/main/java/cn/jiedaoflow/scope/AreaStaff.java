package cn.jiedaoflow.scope;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A staff user of the residents' committee of one area; the user is the key, so one area each. */
@Entity
@Table(name = "area_staff")
class AreaStaff {

    @Id
    @Column(name = "user_id", length = 64)
    private String userId;

    @Column(name = "area_id", nullable = false)
    private Long areaId;

    @Column(name = "added_by", nullable = false, length = 64)
    private String addedBy;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected AreaStaff() {}

    AreaStaff(String userId, Long areaId, String addedBy, Instant addedAt) {
        this.userId = userId;
        this.areaId = areaId;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    void moveTo(Long newAreaId, String by, Instant at) {
        this.areaId = newAreaId;
        this.addedBy = by;
        this.addedAt = at;
    }

    String getUserId() {
        return userId;
    }

    Long getAreaId() {
        return areaId;
    }
}
