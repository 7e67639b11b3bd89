package cn.jiedaoflow.veterans;

import cn.jiedaoflow.cases.CaseHeader;
import cn.jiedaoflow.cases.Channel;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** An application for veteran assistance, from receipt to its closing (or its refusal as ineligible). */
@Entity
@Table(name = "veteran_assistance_application")
class AssistanceApplication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Embedded
    private CaseHeader header;

    @Column(name = "veteran_id")
    private Long veteranId;

    @Column(name = "veteran_id_number", nullable = false, length = 18)
    private String veteranIdNumber;

    @Column(name = "case_id")
    private Long caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "applicant_relation", nullable = false, length = 20)
    private ApplicantRelation applicantRelation;

    @Enumerated(EnumType.STRING)
    @Column(name = "hardship_type", nullable = false, length = 20)
    private HardshipType hardshipType;

    @Column(name = "household_size", nullable = false)
    private int householdSize;

    @Column(name = "monthly_household_income", nullable = false, precision = 12, scale = 2)
    private BigDecimal monthlyHouseholdIncome;

    @Column(name = "disability_grade", nullable = false)
    private int disabilityGrade;

    @Column(name = "requested_help", nullable = false, length = 2000)
    private String requestedHelp;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private AssistanceStatus status;

    @Column(name = "status_reason", length = 1000)
    private String statusReason;

    @Column(name = "level", length = 10)
    private String level;

    @Column(name = "approved_amount", precision = 12, scale = 2)
    private BigDecimal approvedAmount;

    @Column(name = "relief_amount", precision = 12, scale = 2)
    private BigDecimal reliefAmount;

    @Column(name = "verified_household_size")
    private Integer verifiedHouseholdSize;

    @Column(name = "verified_monthly_income", precision = 12, scale = 2)
    private BigDecimal verifiedMonthlyIncome;

    @Column(name = "verified_disability_grade")
    private Integer verifiedDisabilityGrade;

    @Column(name = "visited_at")
    private Instant visitedAt;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected AssistanceApplication() {}

    AssistanceApplication(
            CaseHeader header,
            Long veteranId,
            String veteranIdNumber,
            AssistanceRequest.Checked request,
            Instant submittedAt) {
        this.header = header;
        this.veteranId = veteranId;
        this.veteranIdNumber = veteranIdNumber;
        this.applicantRelation = request.relation();
        this.hardshipType = request.hardshipType();
        this.householdSize = request.householdSize();
        this.monthlyHouseholdIncome = request.monthlyHouseholdIncome();
        this.disabilityGrade = request.disabilityGrade();
        this.requestedHelp = request.requestedHelp();
        this.status = AssistanceStatus.SUBMITTED;
        this.submittedAt = submittedAt;
    }

    void started(String processInstanceId) {
        header.started(processInstanceId);
    }

    void ineligible(String reason, Instant at) {
        this.status = AssistanceStatus.INELIGIBLE;
        this.statusReason = reason;
        this.closedAt = at;
    }

    void opened(Long caseId) {
        this.status = AssistanceStatus.IN_PROGRESS;
        this.caseId = caseId;
    }

    /** What the home visit verified; the assessment decides on these. */
    void visited(int householdSize, BigDecimal monthlyIncome, int disabilityGrade, Instant at) {
        this.verifiedHouseholdSize = householdSize;
        this.verifiedMonthlyIncome = monthlyIncome;
        this.verifiedDisabilityGrade = disabilityGrade;
        this.visitedAt = at;
    }

    void assessed(String level) {
        this.level = level;
    }

    void approved(BigDecimal amount) {
        this.approvedAmount = amount;
    }

    void relief(BigDecimal amount) {
        this.reliefAmount = amount;
    }

    void closed(String reason, Instant at) {
        this.status = AssistanceStatus.CLOSED;
        this.statusReason = reason;
        this.closedAt = at;
    }

    Long getId() {
        return id;
    }

    CaseHeader header() {
        return header;
    }

    String getTrackingNumber() {
        return header.getTrackingNumber();
    }

    String getProcessInstanceId() {
        return header.getProcessInstanceId();
    }

    Long getApplicantAccountId() {
        return header.getApplicantAccountId();
    }

    String getApplicantName() {
        return header.getApplicantName();
    }

    String getApplicantMobile() {
        return header.getApplicantMobile();
    }

    String getApplicantIdNumber() {
        return header.getApplicantIdNumber();
    }

    Channel getChannel() {
        return header.getChannel();
    }

    String getRegisteredBy() {
        return header.getRegisteredBy();
    }

    Long getVeteranId() {
        return veteranId;
    }

    String getVeteranIdNumber() {
        return veteranIdNumber;
    }

    Long getCaseId() {
        return caseId;
    }

    ApplicantRelation getApplicantRelation() {
        return applicantRelation;
    }

    HardshipType getHardshipType() {
        return hardshipType;
    }

    int getHouseholdSize() {
        return householdSize;
    }

    BigDecimal getMonthlyHouseholdIncome() {
        return monthlyHouseholdIncome;
    }

    int getDisabilityGrade() {
        return disabilityGrade;
    }

    Integer getVerifiedHouseholdSize() {
        return verifiedHouseholdSize;
    }

    BigDecimal getVerifiedMonthlyIncome() {
        return verifiedMonthlyIncome;
    }

    Integer getVerifiedDisabilityGrade() {
        return verifiedDisabilityGrade;
    }

    Instant getVisitedAt() {
        return visitedAt;
    }

    String getRequestedHelp() {
        return requestedHelp;
    }

    AssistanceStatus getStatus() {
        return status;
    }

    String getStatusReason() {
        return statusReason;
    }

    String getLevel() {
        return level;
    }

    BigDecimal getApprovedAmount() {
        return approvedAmount;
    }

    BigDecimal getReliefAmount() {
        return reliefAmount;
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }

    Instant getClosedAt() {
        return closedAt;
    }
}
