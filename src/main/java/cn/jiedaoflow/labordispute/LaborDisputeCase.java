package cn.jiedaoflow.labordispute;

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
import java.time.Instant;

/**
 * The case record of one mediation application: who applied and which process instance carries it, so
 * that residents find their own cases and notices reach the applicant. The progress itself lives in the
 * process and its history.
 */
@Entity
@Table(name = "labor_dispute_case")
class LaborDisputeCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Embedded
    private CaseHeader header;

    @Column(name = "employer", nullable = false, length = 200)
    private String employer;

    @Enumerated(EnumType.STRING)
    @Column(name = "dispute_type", nullable = false, length = 30)
    private DisputeType disputeType;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected LaborDisputeCase() {}

    LaborDisputeCase(
            String trackingNumber, String processInstanceId, MediationApplication application, Instant createdAt) {
        this.header = CaseHeader.of(trackingNumber, application.applicant(), application.registeredBy());
        this.header.started(processInstanceId);
        this.employer = application.employer();
        this.disputeType = application.disputeType();
        this.createdAt = createdAt;
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

    String getEmployer() {
        return employer;
    }

    DisputeType getDisputeType() {
        return disputeType;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
