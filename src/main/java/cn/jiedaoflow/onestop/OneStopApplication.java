package cn.jiedaoflow.onestop;

import cn.jiedaoflow.calendar.Deadline;
import cn.jiedaoflow.cases.CaseHeader;
import cn.jiedaoflow.cases.Channel;
import cn.jiedaoflow.refusal.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A one-stop application (办件): who applied for which matter, with what data, and where it stands. Its
 * status moves only through the methods below, each refusing a move the procedure does not allow; the
 * version column makes a withdrawal and a decision at the same moment exclusive.
 */
@Entity
@Table(name = "one_stop_application")
public class OneStopApplication {

    /** The longest remark an applicant may write with a supplement (补正说明). */
    static final int SUPPLEMENT_REMARK_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Embedded
    private CaseHeader header;

    @Column(name = "matter_code", nullable = false, length = 60)
    private String matterCode;

    @Column(name = "data_json", nullable = false, length = 8000)
    private String dataJson;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_method", nullable = false, length = 20)
    private DeliveryMethod deliveryMethod;

    @Column(name = "mailing_address", length = 300)
    private String mailingAddress;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 30)
    private ApplicationStatus status;

    @Column(name = "status_reason", length = 2000)
    private String statusReason;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "pre_check_due")
    private Instant preCheckDue;

    @Column(name = "pre_check_due_provisional", nullable = false)
    private boolean preCheckDueProvisional;

    @Column(name = "supplement_due")
    private Instant supplementDue;

    @Column(name = "supplement_due_provisional", nullable = false)
    private boolean supplementDueProvisional;

    @Column(name = "supplement_remark", length = SUPPLEMENT_REMARK_MAX)
    private String supplementRemark;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "evaluation_ends")
    private Instant evaluationEnds;

    @Column(name = "evaluation_ends_provisional", nullable = false)
    private boolean evaluationEndsProvisional;

    @Column(name = "rating")
    private Integer rating;

    @Column(name = "rating_comment", length = 1000)
    private String ratingComment;

    @Column(name = "rated_at")
    private Instant ratedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected OneStopApplication() {}

    OneStopApplication(
            CaseHeader header,
            String matterCode,
            String dataJson,
            DeliveryMethod deliveryMethod,
            String mailingAddress,
            Instant submittedAt) {
        this.header = header;
        this.matterCode = matterCode;
        this.dataJson = dataJson;
        this.deliveryMethod = deliveryMethod;
        this.mailingAddress = mailingAddress;
        this.status = ApplicationStatus.SUBMITTED;
        this.submittedAt = submittedAt;
    }

    void started(String processInstanceId) {
        header.started(processInstanceId);
    }

    void preCheckDue(Deadline due) {
        this.preCheckDue = due.at().toInstant();
        this.preCheckDueProvisional = due.provisional();
    }

    void requestSupplement(String missingItems, Deadline due) {
        require(ApplicationStatus.SUBMITTED);
        this.status = ApplicationStatus.SUPPLEMENT_REQUESTED;
        this.statusReason = missingItems;
        this.supplementDue = due.at().toInstant();
        this.supplementDueProvisional = due.provisional();
    }

    /** The supplement arrived: the data as changed, and the applicant's remark ({@code null} for none). */
    void supplemented(String dataJson, String remark) {
        if (status != ApplicationStatus.SUPPLEMENT_REQUESTED) {
            throw Refusal.conflict("onestop.application.supplement.notRequested", getTrackingNumber());
        }
        this.status = ApplicationStatus.SUBMITTED;
        this.dataJson = dataJson;
        this.supplementRemark = remark;
    }

    void closeNotSupplemented() {
        require(ApplicationStatus.SUPPLEMENT_REQUESTED);
        this.status = ApplicationStatus.CLOSED_NOT_SUPPLEMENTED;
    }

    void notAccept(String reason) {
        require(ApplicationStatus.SUBMITTED);
        this.status = ApplicationStatus.NOT_ACCEPTED;
        this.statusReason = reason;
    }

    void accept(Instant at) {
        require(ApplicationStatus.SUBMITTED);
        this.status = ApplicationStatus.ACCEPTED;
        this.statusReason = null;
        this.acceptedAt = at;
    }

    /** A department has taken up the review; idempotent. */
    void reviewStarted() {
        if (status == ApplicationStatus.ACCEPTED) {
            this.status = ApplicationStatus.IN_REVIEW;
        }
    }

    /**
     * The decision: {@code outcome} is COMPLETED, PARTIALLY_COMPLETED or NOT_APPROVED, the last with the department's
     * {@code reason}.
     */
    void decide(ApplicationStatus outcome, String reason, Instant at, Deadline evaluationEnds) {
        if (status != ApplicationStatus.ACCEPTED && status != ApplicationStatus.IN_REVIEW) {
            throw new IllegalStateException(
                    "application " + getTrackingNumber() + " cannot be decided in status " + status);
        }
        if (!outcome.isDecided()) {
            throw new IllegalArgumentException("not a decision: " + outcome);
        }
        this.status = outcome;
        this.statusReason = reason;
        this.decidedAt = at;
        this.evaluationEnds = evaluationEnds.at().toInstant();
        this.evaluationEndsProvisional = evaluationEnds.provisional();
    }

    void withdraw() {
        if (!status.isBeforeDecision()) {
            throw Refusal.conflict("onestop.application.withdrawal.tooLate", getTrackingNumber(), status);
        }
        this.status = ApplicationStatus.WITHDRAWN;
    }

    void rate(Rating rating, Instant at) {
        if (!status.isDecided()) {
            throw Refusal.conflict("onestop.application.rating.notDecided", getTrackingNumber());
        }
        if (this.rating != null) {
            throw Refusal.conflict("onestop.application.rating.alreadyRated", getTrackingNumber());
        }
        if (!Rating.isOpen(at, evaluationEnds)) {
            throw Refusal.conflict("onestop.application.rating.periodOver", getTrackingNumber());
        }
        this.rating = rating.score();
        this.ratingComment = rating.comment();
        this.ratedAt = at;
    }

    private void require(ApplicationStatus expected) {
        if (status != expected) {
            throw new IllegalStateException(
                    "application " + getTrackingNumber() + " is " + status + ", not " + expected);
        }
    }

    public Long getId() {
        return id;
    }

    public CaseHeader header() {
        return header;
    }

    public String getTrackingNumber() {
        return header.getTrackingNumber();
    }

    public String getProcessInstanceId() {
        return header.getProcessInstanceId();
    }

    public Long getApplicantAccountId() {
        return header.getApplicantAccountId();
    }

    public String getApplicantName() {
        return header.getApplicantName();
    }

    public String getApplicantMobile() {
        return header.getApplicantMobile();
    }

    public String getApplicantIdNumber() {
        return header.getApplicantIdNumber();
    }

    public Channel getChannel() {
        return header.getChannel();
    }

    public String getRegisteredBy() {
        return header.getRegisteredBy();
    }

    public String getMatterCode() {
        return matterCode;
    }

    public String getDataJson() {
        return dataJson;
    }

    public DeliveryMethod getDeliveryMethod() {
        return deliveryMethod;
    }

    public String getMailingAddress() {
        return mailingAddress;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getPreCheckDue() {
        return preCheckDue;
    }

    public Instant getSupplementDue() {
        return supplementDue;
    }

    public boolean isPreCheckDueProvisional() {
        return preCheckDueProvisional;
    }

    public boolean isSupplementDueProvisional() {
        return supplementDueProvisional;
    }

    public String getSupplementRemark() {
        return supplementRemark;
    }

    public boolean isEvaluationEndsProvisional() {
        return evaluationEndsProvisional;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Instant getEvaluationEnds() {
        return evaluationEnds;
    }

    public Integer getRating() {
        return rating;
    }

    public String getRatingComment() {
        return ratingComment;
    }

    public Instant getRatedAt() {
        return ratedAt;
    }
}
