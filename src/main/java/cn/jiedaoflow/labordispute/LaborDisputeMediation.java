package cn.jiedaoflow.labordispute;

import java.util.Set;

/**
 * The names that the BPMN model {@code processes/labor-dispute-mediation.bpmn}, its forms, its delegates,
 * the API and the tests share: process key, element ids and process variable names.
 */
final class LaborDisputeMediation {

    public static final String PROCESS_KEY = "labor-dispute-mediation";
    public static final String TRACKING_NUMBER_PREFIX = "LD";
    public static final String CANDIDATE_GROUP = "mediation";

    /** 劳动争议调解仲裁法: accepted or not within 3 working days of receipt. */
    public static final int ACCEPTANCE_WORKING_DAYS = 3;
    /** 劳动争议调解仲裁法 art. 14: no agreement within 15 days of receipt ends the mediation. */
    public static final int STATUTORY_LIMIT_DAYS = 15;

    // flow nodes
    public static final String START_EVENT_APPLICATION_RECEIVED = "StartEvent_ApplicationReceived";
    public static final String TASK_SCHEDULE_DEADLINES = "Task_ScheduleDeadlines";
    public static final String SUB_PROCESS_MEDIATION = "SubProcess_Mediation";
    public static final String START_EVENT_MEDIATION_STARTED = "StartEvent_MediationStarted";
    public static final String TASK_DECIDE_ACCEPTANCE = "Task_DecideAcceptance";
    public static final String GATEWAY_APPLICATION_ACCEPTED = "Gateway_ApplicationAccepted";
    public static final String END_EVENT_ACCEPTANCE_REFUSED = "EndEvent_AcceptanceRefused";
    public static final String GATEWAY_NEXT_SESSION = "Gateway_NextSession";
    public static final String TASK_HOLD_SESSION = "Task_HoldSession";
    public static final String GATEWAY_SESSION_OUTCOME = "Gateway_SessionOutcome";
    public static final String END_EVENT_AGREEMENT_SIGNED = "EndEvent_AgreementSigned";
    public static final String END_EVENT_SESSIONS_FAILED = "EndEvent_SessionsFailed";
    public static final String TIMER_STATUTORY_LIMIT = "Timer_StatutoryLimit";
    public static final String GATEWAY_MEDIATION_RESULT = "Gateway_MediationResult";
    public static final String TASK_RECORD_AGREEMENT = "Task_RecordAgreement";
    public static final String TASK_NOTIFY_NOT_ACCEPTED = "Task_NotifyNotAccepted";
    public static final String TASK_NOTIFY_AGREEMENT = "Task_NotifyAgreement";
    public static final String TASK_NOTIFY_MEDIATION_FAILED = "Task_NotifyMediationFailed";
    public static final String TASK_NOTIFY_STATUTORY_LIMIT_REACHED = "Task_NotifyStatutoryLimitReached";
    public static final String END_EVENT_APPLICATION_NOT_ACCEPTED = "EndEvent_ApplicationNotAccepted";
    public static final String END_EVENT_AGREEMENT_REACHED = "EndEvent_AgreementReached";
    public static final String END_EVENT_MEDIATION_FAILED = "EndEvent_MediationFailed";
    public static final String END_EVENT_STATUTORY_LIMIT_REACHED = "EndEvent_StatutoryLimitReached";

    // forms
    public static final String FORM_APPLICATION = "labor-dispute-application";
    public static final String FORM_ACCEPTANCE = "labor-dispute-acceptance";
    public static final String FORM_SESSION = "labor-dispute-session";
    public static final String FORM_AGREEMENT = "labor-dispute-agreement";

    // variables: the application
    public static final String VAR_TRACKING_NUMBER = "trackingNumber";
    public static final String VAR_APPLICANT_NAME = "applicantName";
    /**
     * The full mobile: a field of the start form and handed over by the API, moved into the case record at once;
     * never stored by the engine (the tasks show {@link #VAR_APPLICANT_MOBILE_MASKED}).
     */
    public static final String VAR_APPLICANT_MOBILE = "applicantMobile";
    /**
     * The full ID number: a field of the start form, moved into the case record at once; never stored by the engine.
     */
    public static final String VAR_APPLICANT_ID_NUMBER = "applicantIdNumber";
    /** The masked ID number the forms show ({@code 3101**********123X}, or 未登记). */
    public static final String VAR_APPLICANT_ID_NUMBER_MASKED = "applicantIdNumberMasked";

    /**
     * The applicant's mobile masked ({@code 138****8000}), a local variable of the tasks that declare the ID number
     * ({@code LaborDisputePersonalData}).
     */
    public static final String VAR_APPLICANT_MOBILE_MASKED = "applicantMobileMasked";

    public static final String VAR_APPLICANT_ACCOUNT_ID = "applicantAccountId";
    public static final String VAR_EMPLOYER = "employer";
    public static final String VAR_DISPUTE_TYPE = "disputeType";
    public static final String VAR_CLAIM = "claim";
    public static final String VAR_FACTS = "facts";
    public static final String VAR_CHANNEL = "channel";
    public static final String VAR_REGISTERED_BY = "registeredBy";
    /** The fields of the start form {@value #FORM_APPLICATION}: all that a start through an engine door may carry. */
    public static final Set<String> START_FORM_FIELDS = Set.of(
            VAR_APPLICANT_NAME,
            VAR_APPLICANT_MOBILE,
            VAR_APPLICANT_ID_NUMBER,
            VAR_EMPLOYER,
            VAR_DISPUTE_TYPE,
            VAR_CLAIM,
            VAR_FACTS);
    // variables: the deadlines
    public static final String VAR_RECEIVED_AT = "receivedAt";
    public static final String VAR_ACCEPTANCE_DUE = "acceptanceDue";
    public static final String VAR_ACCEPTANCE_DUE_PROVISIONAL = "acceptanceDueProvisional";
    public static final String VAR_STATUTORY_LIMIT_ENDS = "statutoryLimitEnds";
    public static final String VAR_STATUTORY_LIMIT_PROVISIONAL = "statutoryLimitProvisional";
    // variables: acceptance
    public static final String VAR_ACCEPTED = "accepted";
    public static final String VAR_NOT_ACCEPTED_REASON = "notAcceptedReason";
    // variables: sessions
    public static final String VAR_SESSION_DATE = "sessionDate";
    public static final String VAR_SESSION_ATTENDANCE = "sessionAttendance";
    public static final String VAR_SESSION_SUMMARY = "sessionSummary";
    public static final String VAR_SESSION_OUTCOME = "sessionOutcome";
    // variables: the agreement (调解协议书)
    public static final String VAR_AGREEMENT_NUMBER = "agreementNumber";
    public static final String VAR_AGREEMENT_TERMS = "agreementTerms";
    public static final String VAR_AGREEMENT_SIGNED_DATE = "agreementSignedDate";
    // local input of the notification tasks
    public static final String VAR_NOTICE_TYPE = "noticeType";

    private LaborDisputeMediation() {}
}
