package cn.jiedaoflow.onestop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One department's part of an application: the member matter (or the single matter itself), its committed
 * deadline and warning time, and once reviewed, the department's decision.
 */
@Entity
@Table(name = "one_stop_member_review")
class MemberReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "tracking_number", nullable = false, length = 40)
    private String trackingNumber;

    @Column(name = "member_code", nullable = false, length = 60)
    private String memberCode;

    @Column(name = "responsible_group", nullable = false, length = 64)
    private String responsibleGroup;

    @Column(name = "review_due", nullable = false)
    private Instant reviewDue;

    @Column(name = "review_due_provisional", nullable = false)
    private boolean reviewDueProvisional;

    @Column(name = "warning_at", nullable = false)
    private Instant warningAt;

    @Column(name = "approved")
    private Boolean approved;

    @Column(name = "opinion", length = 2000)
    private String opinion;

    @Column(name = "reviewed_by", length = 64)
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    protected MemberReview() {}

    MemberReview(
            String trackingNumber,
            String memberCode,
            String responsibleGroup,
            Instant reviewDue,
            boolean reviewDueProvisional,
            Instant warningAt) {
        this.trackingNumber = trackingNumber;
        this.memberCode = memberCode;
        this.responsibleGroup = responsibleGroup;
        this.reviewDue = reviewDue;
        this.reviewDueProvisional = reviewDueProvisional;
        this.warningAt = warningAt;
    }

    void decide(boolean approved, String opinion, String reviewedBy, Instant reviewedAt) {
        if (this.approved != null) {
            throw new IllegalStateException("member " + memberCode + " of " + trackingNumber + " is already reviewed");
        }
        this.approved = approved;
        this.opinion = opinion;
        this.reviewedBy = reviewedBy;
        this.reviewedAt = reviewedAt;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public String getMemberCode() {
        return memberCode;
    }

    public String getResponsibleGroup() {
        return responsibleGroup;
    }

    public Instant getReviewDue() {
        return reviewDue;
    }

    public boolean isReviewDueProvisional() {
        return reviewDueProvisional;
    }

    public Instant getWarningAt() {
        return warningAt;
    }

    public Boolean getApproved() {
        return approved;
    }

    public String getOpinion() {
        return opinion;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }
}
