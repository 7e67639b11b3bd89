package cn.jiedaoflow.ownersvote;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * An owners' vote on one matter of one estate. Its totals come from the register as it stood when the vote
 * was called ({@link VoteVoter}); later imports do not change them.
 */
@Entity
@Table(name = "vote")
class Vote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "estate_id", nullable = false)
    private Long estateId;

    @Enumerated(EnumType.STRING)
    @Column(name = "matter_type", nullable = false, length = 20)
    private MatterType matterType;

    @Column(nullable = false, length = 500)
    private String subject;

    @Column(name = "tracking_number", length = 40)
    private String trackingNumber;

    @Column(name = "window_opens", nullable = false)
    private Instant windowOpens;

    @Column(name = "window_closes", nullable = false)
    private Instant windowCloses;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private VoteStatus status;

    @Column(name = "called_at", nullable = false)
    private Instant calledAt;

    @Column(name = "called_by", nullable = false, length = 64)
    private String calledBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "total_area", nullable = false, precision = 14, scale = 2)
    private BigDecimal totalArea;

    @Column(name = "total_owners", nullable = false)
    private int totalOwners;

    protected Vote() {}

    Vote(
            Long estateId,
            MatterType matterType,
            String subject,
            String trackingNumber,
            Instant windowOpens,
            Instant windowCloses,
            Instant calledAt,
            String calledBy,
            BigDecimal totalArea,
            int totalOwners) {
        this.estateId = estateId;
        this.matterType = matterType;
        this.subject = subject;
        this.trackingNumber = trackingNumber;
        this.windowOpens = windowOpens;
        this.windowCloses = windowCloses;
        this.status = VoteStatus.NOTICE;
        this.calledAt = calledAt;
        this.calledBy = calledBy;
        this.totalArea = totalArea;
        this.totalOwners = totalOwners;
    }

    /** Whether {@code instant} lies in the voting window: from its opening (inclusive) to its close (exclusive). */
    boolean inWindow(Instant instant) {
        return !instant.isBefore(windowOpens) && instant.isBefore(windowCloses);
    }

    void open() {
        status = VoteStatus.OPEN;
    }

    void close() {
        status = VoteStatus.CLOSED;
    }

    void publish(Instant at) {
        status = VoteStatus.PUBLISHED;
        publishedAt = at;
    }

    Long getId() {
        return id;
    }

    Long getEstateId() {
        return estateId;
    }

    MatterType getMatterType() {
        return matterType;
    }

    String getSubject() {
        return subject;
    }

    String getTrackingNumber() {
        return trackingNumber;
    }

    Instant getWindowOpens() {
        return windowOpens;
    }

    Instant getWindowCloses() {
        return windowCloses;
    }

    VoteStatus getStatus() {
        return status;
    }

    Instant getCalledAt() {
        return calledAt;
    }

    String getCalledBy() {
        return calledBy;
    }

    Instant getPublishedAt() {
        return publishedAt;
    }

    BigDecimal getTotalArea() {
        return totalArea;
    }

    int getTotalOwners() {
        return totalOwners;
    }
}
