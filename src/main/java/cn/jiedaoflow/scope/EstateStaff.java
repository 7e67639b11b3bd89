package cn.jiedaoflow.scope;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A staff user who acts for one estate as its owners' committee or its property company. */
@Entity
@Table(name = "estate_staff")
class EstateStaff {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "estate_id", nullable = false)
    private Long estateId;

    @Column(name = "user_id", nullable = false, length = 64)
    private String userId;

    /** {@code owners-committee} or {@code property-company}. */
    @Column(name = "staff_group", nullable = false, length = 40)
    private String staffGroup;

    @Column(name = "added_by", nullable = false, length = 64)
    private String addedBy;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected EstateStaff() {}

    EstateStaff(Long estateId, String userId, String staffGroup, String addedBy, Instant addedAt) {
        this.estateId = estateId;
        this.userId = userId;
        this.staffGroup = staffGroup;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    Long getEstateId() {
        return estateId;
    }

    String getUserId() {
        return userId;
    }

    String getStaffGroup() {
        return staffGroup;
    }
}
