package cn.jiedaoflow.veterans;

import cn.jiedaoflow.config.OfficeTime;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;

/** One assistance case of a veteran, open or closed: a line of the veteran's file. */
@Entity
@Table(name = "veteran_case")
class VeteranCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "veteran_id", nullable = false)
    private Long veteranId;

    @Column(name = "tracking_number", nullable = false, length = 40)
    private String trackingNumber;

    @Column(name = "hardship_type", nullable = false, length = 20)
    private String hardshipType;

    @Column(name = "status", nullable = false, length = 20)
    private String status;

    @Column(name = "level", length = 10)
    private String level;

    @Column(name = "approved_amount", precision = 12, scale = 2)
    private BigDecimal approvedAmount;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected VeteranCase() {}

    VeteranCase(Long veteranId, String trackingNumber, String hardshipType, String status, Instant openedAt) {
        this.veteranId = veteranId;
        this.trackingNumber = trackingNumber;
        this.hardshipType = hardshipType;
        this.status = status;
        this.openedAt = openedAt;
    }

    static final String OPEN = "OPEN";
    static final String CLOSED = "CLOSED";

    void assessed(String level) {
        this.level = level;
    }

    void approved(BigDecimal amount) {
        this.approvedAmount = amount;
    }

    void close(Instant at) {
        this.status = CLOSED;
        this.closedAt = at;
    }

    Long getId() {
        return id;
    }

    String getTrackingNumber() {
        return trackingNumber;
    }

    /** The case as the file lists it, its times on the office's clock. */
    CaseView view(OfficeTime office) {
        return new CaseView(
                trackingNumber,
                hardshipType,
                status,
                level,
                approvedAmount,
                office.local(openedAt),
                office.local(closedAt));
    }

    /** A case as the veteran's file lists it, its times on the office's clock like every other view. */
    record CaseView(
            String trackingNumber,
            String hardshipType,
            String status,
            String level,
            BigDecimal approvedAmount,
            OffsetDateTime openedAt,
            OffsetDateTime closedAt) {}
}
