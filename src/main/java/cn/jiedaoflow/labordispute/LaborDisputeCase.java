package cn.jiedaoflow.labordispute;

import jakarta.persistence.Column;
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

    @Column(name = "tracking_number", nullable = false, unique = true, length = 40)
    private String trackingNumber;

    @Column(name = "process_instance_id", nullable = false, length = 64)
    private String processInstanceId;

    @Column(name = "applicant_account_id")
    private Long applicantAccountId;

    @Column(name = "applicant_name", nullable = false, length = 100)
    private String applicantName;

    @Column(name = "applicant_mobile", nullable = false, length = 20)
    private String applicantMobile;

    @Column(name = "applicant_id_number", length = 18)
    private String applicantIdNumber;

    @Column(name = "employer", nullable = false, length = 200)
    private String employer;

    @Enumerated(EnumType.STRING)
    @Column(name = "dispute_type", nullable = false, length = 30)
    private DisputeType disputeType;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 10)
    private Channel channel;

    @Column(name = "registered_by", length = 64)
    private String registeredBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected LaborDisputeCase() {}

    LaborDisputeCase(
            String trackingNumber, String processInstanceId, MediationApplication application, Instant createdAt) {
        this.trackingNumber = trackingNumber;
        this.processInstanceId = processInstanceId;
        this.applicantAccountId = application.applicantAccountId();
        this.applicantName = application.applicantName();
        this.applicantMobile = application.applicantMobile();
        this.applicantIdNumber = application.applicantIdNumber();
        this.employer = application.employer();
        this.disputeType = application.disputeType();
        this.channel = application.channel();
        this.registeredBy = application.registeredBy();
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    String getTrackingNumber() {
        return trackingNumber;
    }

    String getProcessInstanceId() {
        return processInstanceId;
    }

    Long getApplicantAccountId() {
        return applicantAccountId;
    }

    String getApplicantName() {
        return applicantName;
    }

    String getApplicantMobile() {
        return applicantMobile;
    }

    String getApplicantIdNumber() {
        return applicantIdNumber;
    }

    String getEmployer() {
        return employer;
    }

    DisputeType getDisputeType() {
        return disputeType;
    }

    Channel getChannel() {
        return channel;
    }

    String getRegisteredBy() {
        return registeredBy;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
