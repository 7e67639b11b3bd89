package cn.jiedaoflow.propertyfee;

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
import java.time.LocalDate;

/** A property-fee proposal and, once voted on, its outcome: what the six-month rule reads. */
@Entity
@Table(name = "fee_proposal")
class FeeProposal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "tracking_number", nullable = false, length = 40)
    private String trackingNumber;

    @Column(name = "estate_id", nullable = false)
    private Long estateId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 30)
    private ProposalStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "vote_outcome", length = 20)
    private VoteOutcome voteOutcome;

    @Column(name = "vote_ended_at")
    private Instant voteEndedAt;

    @Column(name = "residential_fee", precision = 10, scale = 2)
    private BigDecimal residentialFee;

    @Column(name = "commercial_fee", precision = 10, scale = 2)
    private BigDecimal commercialFee;

    @Column(name = "parking_fee", precision = 10, scale = 2)
    private BigDecimal parkingFee;

    @Column(name = "effective_date")
    private LocalDate effectiveDate;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The residents' area the estate lay in when the case was filed; {@code null} for cases filed before scope. */
    @Column(name = "residents_area_id")
    private Long residentsAreaId;

    /** The proposer's group, {@code property-company} or {@code owners-committee}; {@code null} for older cases. */
    @Column(name = "proposed_by", length = 40)
    private String proposedBy;

    /** When the latest owners' opinion solicitation opened and closes; {@code null} before the first. */
    @Column(name = "opinion_window_opens")
    private Instant opinionWindowOpens;

    @Column(name = "opinion_window_closes")
    private Instant opinionWindowCloses;

    protected FeeProposal() {}

    FeeProposal(String trackingNumber, Long estateId, Instant createdAt) {
        this(trackingNumber, estateId, null, null, createdAt);
    }

    FeeProposal(String trackingNumber, Long estateId, Long residentsAreaId, String proposedBy, Instant createdAt) {
        this.trackingNumber = trackingNumber;
        this.estateId = estateId;
        this.residentsAreaId = residentsAreaId;
        this.proposedBy = proposedBy;
        this.status = ProposalStatus.FILED;
        this.createdAt = createdAt;
    }

    void rejectedInPreReview() {
        status = ProposalStatus.REJECTED_IN_PRE_REVIEW;
    }

    void endedAtRevisionCap() {
        status = ProposalStatus.ENDED_AT_REVISION_CAP;
    }

    void voted(VoteOutcome outcome, Instant endedAt) {
        voteOutcome = outcome;
        voteEndedAt = endedAt;
        status = outcome.failed() ? ProposalStatus.VOTE_FAILED : ProposalStatus.VOTE_PASSED;
    }

    void newFee(FeeStep lastStep, LocalDate firstEffectiveDate) {
        residentialFee = lastStep.residentialFee();
        commercialFee = lastStep.commercialFee();
        parkingFee = lastStep.parkingFee();
        effectiveDate = firstEffectiveDate;
    }

    void opinionWindow(Instant opens, Instant closes) {
        opinionWindowOpens = opens;
        opinionWindowCloses = closes;
    }

    Instant getOpinionWindowOpens() {
        return opinionWindowOpens;
    }

    Instant getOpinionWindowCloses() {
        return opinionWindowCloses;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    String getTrackingNumber() {
        return trackingNumber;
    }

    Long getEstateId() {
        return estateId;
    }

    Long getResidentsAreaId() {
        return residentsAreaId;
    }

    String getProposedBy() {
        return proposedBy;
    }

    ProposalStatus getStatus() {
        return status;
    }

    VoteOutcome getVoteOutcome() {
        return voteOutcome;
    }

    Instant getVoteEndedAt() {
        return voteEndedAt;
    }

    BigDecimal getResidentialFee() {
        return residentialFee;
    }

    LocalDate getEffectiveDate() {
        return effectiveDate;
    }
}
