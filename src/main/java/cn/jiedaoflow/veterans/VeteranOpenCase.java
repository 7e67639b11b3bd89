package cn.jiedaoflow.veterans;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The one open assistance case a veteran may have: the primary key is the veteran. */
@Entity
@Table(name = "veteran_open_case")
class VeteranOpenCase {

    @Id
    @Column(name = "veteran_id")
    private Long veteranId;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    protected VeteranOpenCase() {}

    VeteranOpenCase(Long veteranId, Long caseId) {
        this.veteranId = veteranId;
        this.caseId = caseId;
    }

    Long getVeteranId() {
        return veteranId;
    }

    Long getCaseId() {
        return caseId;
    }
}
