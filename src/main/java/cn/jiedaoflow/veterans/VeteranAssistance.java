package cn.jiedaoflow.veterans;

import cn.jiedaoflow.cases.CaseHeader;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/** The ids of {@code processes/veteran-assistance.bpmn} and the variables its parts share. */
final class VeteranAssistance {

    static final String PROCESS_KEY = "veteran-assistance";
    static final String TRACKING_NUMBER_PREFIX = "VA";
    static final String DECISION_LEVEL = "veteran-assistance-level";
    static final String DECISION_REFERRALS = "veteran-assistance-referrals";

    static final String USER_TASK_HOME_VISIT = "UserTask_HomeVisit";
    static final String USER_TASK_DECIDE_RELIEF = "UserTask_DecideRelief";
    static final String USER_TASK_REFERRAL = "UserTask_Referral";
    static final String USER_TASK_APPROVE_BY_HEAD = "UserTask_ApproveByHead";
    static final String USER_TASK_APPROVE_BY_LEADER = "UserTask_ApproveByLeader";
    static final String USER_TASK_DISBURSE = "UserTask_Disburse";
    static final String USER_TASK_FOLLOW_UP = "UserTask_FollowUp";

    static final String VAR_TRACKING_NUMBER = "trackingNumber";
    static final String VAR_APPLICANT_NAME = "applicantName";
    static final String VAR_VETERAN_NAME = "veteranName";
    static final String VAR_HARDSHIP_TYPE = "hardshipType";
    static final String VAR_HARDSHIP_TYPE_NAME = "hardshipTypeName";
    static final String VAR_HOUSEHOLD_SIZE = "householdSize";
    /** The home visit form's verified household size, a field of its own beside the declared one it shows. */
    static final String VAR_VERIFIED_HOUSEHOLD_SIZE = "verifiedHouseholdSize";
    /**
     * The verified income, a field of the home visit's form: moved into the application at once, never stored by the
     * engine.
     */
    static final String VAR_MONTHLY_HOUSEHOLD_INCOME = "monthlyHouseholdIncome";
    /** The verified disability grade, likewise. */
    static final String VAR_DISABILITY_GRADE = "disabilityGrade";
    /** What the forms show of the income: its band against the minimum living standard ({@link IncomeBand}). */
    static final String VAR_INCOME_BAND = "incomeBand";

    static final String VAR_REQUESTED_HELP = "requestedHelp";
    static final String VAR_MINIMUM_LIVING_STANDARD = "minimumLivingStandard";
    static final String VAR_ELIGIBLE = "eligible";
    static final String VAR_INELIGIBLE_REASON = "ineligibleReason";
    static final String VAR_VISIT_DUE = "visitDue";
    static final String VAR_VISIT_DUE_PROVISIONAL = "visitDueProvisional";
    static final String VAR_LEGAL_DISPUTE = "legalDispute";
    static final String VAR_VISIT_FINDINGS = "visitFindings";
    static final String VAR_LEVEL = "level";
    static final String VAR_LEVEL_NAME = "levelName";
    static final String VAR_MIN_AMOUNT = "minAmount";
    static final String VAR_MAX_AMOUNT = "maxAmount";
    static final String VAR_REFERRAL_GROUPS = "referralGroups";
    static final String VAR_REFERRAL_NAMES = "referralNames";
    static final String VAR_RELIEF_DUE = "reliefDue";
    static final String VAR_RELIEF_DECISION = "reliefDecision";
    static final String VAR_RELIEF_AMOUNT = "reliefAmount";
    static final String VAR_HEAD_DECISION = "headDecision";
    static final String VAR_APPROVED_AMOUNT = "approvedAmount";
    static final String VAR_APPROVAL_REASON = "approvalReason";
    static final String VAR_LEADER_APPROVAL_NEEDED = "leaderApprovalNeeded";
    static final String VAR_LEADER_APPROVAL_ABOVE = "leaderApprovalAbove";
    static final String VAR_LEADER_DECISION = "leaderDecision";
    static final String VAR_LEADER_OPINION = "leaderOpinion";
    static final String VAR_PAYMENT_REFERENCE = "paymentReference";
    static final String VAR_DISBURSED_ON = "disbursedOn";
    static final String VAR_FOLLOW_UP_AT = "followUpAt";
    static final String VAR_FOLLOW_UP_DUE = "followUpDue";
    static final String VAR_FOLLOW_UP_DUE_PROVISIONAL = "followUpDueProvisional";
    static final String VAR_NOTICE_TYPE = "noticeType";

    /** The home visit is due 5 working days after the eligibility decision. */
    static final int VISIT_WORKING_DAYS = 5;
    /** Temporary relief for an URGENT case is decided within 24 hours of the assessment. */
    static final int RELIEF_HOURS = 24;
    /** The follow-up visit comes 30 days (a calendar-day period) after the disbursement... */
    static final int FOLLOW_UP_DAYS = 30;
    /** ...and is due within 5 working days of that day. */
    static final int FOLLOW_UP_WORKING_DAYS = 5;

    private VeteranAssistance() {}

    /**
     * What the process starts with: the case's tracking number and applicant's name (every task shows them), the
     * veteran's name, the hardship, the household size and the income's band, never the income.
     */
    static Map<String, Object> startVariables(
            CaseHeader header, String veteranName, AssistanceRequest.Checked checked, BigDecimal livingStandard) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_TRACKING_NUMBER, header.getTrackingNumber());
        variables.put(VAR_APPLICANT_NAME, header.getApplicantName());
        variables.put(VAR_VETERAN_NAME, veteranName);
        variables.put(VAR_HARDSHIP_TYPE, checked.hardshipType().name());
        variables.put(VAR_HARDSHIP_TYPE_NAME, checked.hardshipType().chinese());
        variables.put(VAR_HOUSEHOLD_SIZE, checked.householdSize());
        variables.put(
                VAR_INCOME_BAND,
                IncomeBand.of(checked.monthlyHouseholdIncome(), checked.householdSize(), livingStandard)
                        .chinese());
        variables.put(VAR_REQUESTED_HELP, checked.requestedHelp());
        variables.put(VAR_MINIMUM_LIVING_STANDARD, livingStandard.doubleValue());
        return variables;
    }
}
