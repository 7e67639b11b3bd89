package cn.jiedaoflow.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * What every case record of every procedure holds the same way: its tracking number, the process instance that
 * carries it, the applicant (account, name, mobile, ID number where there is one), the channel and who entered it.
 * {@link CaseAccess} decides on it who may see and act on the case.
 */
@Embeddable
public class CaseHeader {

    @Column(name = "tracking_number", nullable = false, length = 40)
    private String trackingNumber;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    @Column(name = "applicant_account_id")
    private Long applicantAccountId;

    @Column(name = "applicant_name", nullable = false, length = 100)
    private String applicantName;

    @Column(name = "applicant_mobile", nullable = false, length = 20)
    private String applicantMobile;

    @Column(name = "applicant_id_number", length = 18)
    private String applicantIdNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 10)
    private Channel channel;

    @Column(name = "registered_by", length = 64)
    private String registeredBy;

    protected CaseHeader() {}

    private CaseHeader(String trackingNumber, Applicant applicant, Channel channel, String registeredBy) {
        this.trackingNumber = trackingNumber;
        this.applicantAccountId = applicant.accountId();
        this.applicantName = applicant.name();
        this.applicantMobile = applicant.mobile();
        this.applicantIdNumber = applicant.idNumber();
        this.channel = channel;
        this.registeredBy = registeredBy;
    }

    /** A case the applicant filed online, from their account. */
    public static CaseHeader online(String trackingNumber, Applicant applicant) {
        return new CaseHeader(trackingNumber, applicant, Channel.ONLINE, null);
    }

    /** A case staff member {@code staffId} entered (at the window, or reported). */
    public static CaseHeader entered(String trackingNumber, Applicant applicant, String staffId) {
        return new CaseHeader(trackingNumber, applicant, Channel.WINDOW, staffId);
    }

    /** Online when {@code registeredBy} is {@code null}, else entered by that staff member. */
    public static CaseHeader of(String trackingNumber, Applicant applicant, String registeredBy) {
        return registeredBy == null
                ? online(trackingNumber, applicant)
                : entered(trackingNumber, applicant, registeredBy);
    }

    /** The process instance that carries the case, once it has started. */
    public void started(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public Applicant applicant() {
        return new Applicant(applicantAccountId, applicantName, applicantMobile, applicantIdNumber);
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public Long getApplicantAccountId() {
        return applicantAccountId;
    }

    public String getApplicantName() {
        return applicantName;
    }

    public String getApplicantMobile() {
        return applicantMobile;
    }

    public String getApplicantIdNumber() {
        return applicantIdNumber;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }
}
