package cn.jiedaoflow.onestop;

import cn.jiedaoflow.catalog.Matter;
import java.util.HashMap;
import java.util.Map;

/** The ids of {@code processes/one-stop-application.bpmn} and the variables its parts share. */
final class OneStopApplicationProcess {

    public static final String PROCESS_KEY = "one-stop-application";
    public static final String TRACKING_NUMBER_PREFIX = "OS";

    public static final String USER_TASK_PRE_CHECK = "UserTask_PreCheck";
    public static final String USER_TASK_MEMBER_REVIEW = "UserTask_MemberReview";
    public static final String USER_TASK_SLA_WARNING = "UserTask_SlaWarning";
    public static final String USER_TASK_SUPERVISION = "UserTask_Supervision";
    public static final String USER_TASK_RECTIFICATION = "UserTask_Rectification";
    public static final String SUB_PROCESS_MEMBER_REVIEW = "SubProcess_MemberReview";

    public static final String MESSAGE_SUPPLEMENT_RECEIVED = "OneStopSupplementReceived";
    public static final String MESSAGE_RATED = "OneStopRated";
    public static final String MESSAGE_WITHDRAWN = "OneStopWithdrawn";

    public static final String VAR_TRACKING_NUMBER = "trackingNumber";
    public static final String VAR_APPLICANT_NAME = "applicantName";
    public static final String VAR_MATTER_CODE = "matterCode";
    public static final String VAR_MATTER_NAME = "matterName";
    public static final String VAR_CHANNEL = "channel";
    public static final String VAR_APPLICATION_SUMMARY = "applicationSummary";
    public static final String VAR_PRE_CHECK_DUE = "preCheckDue";
    public static final String VAR_PRE_CHECK_DUE_PROVISIONAL = "preCheckDueProvisional";
    public static final String VAR_PRE_CHECK_DECISION = "preCheckDecision";
    public static final String VAR_MISSING_ITEMS = "missingItems";
    /**
     * What the last supplement request asked for, a markdown list (one item a line), for the pre-check that follows the
     * supplement; absent at the first pre-check.
     */
    public static final String VAR_SUPPLEMENT_REQUEST = "supplementRequest";

    public static final String VAR_NOT_ACCEPTED_REASON = "notAcceptedReason";
    public static final String VAR_SUPPLEMENT_DUE = "supplementDue";
    public static final String VAR_MEMBER_CODES = "memberCodes";
    public static final String VAR_MEMBER_CODE = "memberCode";
    public static final String VAR_MEMBER_NAME = "memberName";
    public static final String VAR_MEMBER_GROUP = "memberGroup";
    public static final String VAR_MEMBER_GROUP_NAME = "memberGroupName";
    public static final String VAR_REVIEW_DUE = "reviewDue";
    public static final String VAR_REVIEW_DUE_PROVISIONAL = "reviewDueProvisional";
    public static final String VAR_SLA_WARNING_AT = "slaWarningAt";
    public static final String VAR_SUPERVISION_DUE = "supervisionDue";
    public static final String VAR_SUPERVISION_DUE_PROVISIONAL = "supervisionDueProvisional";
    public static final String VAR_REVIEW_DECISION = "reviewDecision";
    public static final String VAR_REVIEW_OPINION = "reviewOpinion";
    public static final String VAR_EVALUATION_ENDS = "evaluationEnds";
    /** A single matter its department did not approve: no result to deliver, the refusal is told instead. */
    public static final String VAR_NOT_APPROVED = "notApproved";

    public static final String VAR_RATING_SCORE = "ratingScore";
    public static final String VAR_RATING_COMMENT = "ratingComment";
    public static final String VAR_RECTIFICATION_NEEDED = "rectificationNeeded";
    public static final String VAR_RECTIFICATION_DUE = "rectificationDue";
    public static final String VAR_RECTIFICATION_DUE_PROVISIONAL = "rectificationDueProvisional";
    public static final String VAR_NOTICE_TYPE = "noticeType";

    /** The pre-check is due within 1 working day of receipt (or of the supplement). */
    public static final int PRE_CHECK_WORKING_DAYS = 1;
    /** The rectification after a poor rating is due within 1 working day. */
    public static final int RECTIFICATION_WORKING_DAYS = 1;
    /** Leaders' supervision of an overdue review is due 1 working day after the missed deadline. */
    public static final int SUPERVISION_WORKING_DAYS = 1;
    /** The resident may rate within 15 days (calendar-day period) of the result. */
    public static final int EVALUATION_DAYS = 15;

    private OneStopApplicationProcess() {}

    /**
     * What the process starts with: the case's tracking number and applicant's name (every task shows them), the
     * matter, the channel and the summary, personal data masked.
     */
    static Map<String, Object> startVariables(OneStopApplication application, Matter matter, String summary) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_TRACKING_NUMBER, application.getTrackingNumber());
        variables.put(VAR_APPLICANT_NAME, application.getApplicantName());
        variables.put(VAR_MATTER_CODE, matter.code());
        variables.put(VAR_MATTER_NAME, matter.nameZh());
        variables.put(VAR_CHANNEL, application.getChannel().name());
        variables.put(VAR_APPLICATION_SUMMARY, summary);
        return variables;
    }
}
