package cn.jiedaoflow.propertyfee;

/**
 * The names that the BPMN model {@code processes/property-fee-adjustment.bpmn}, its forms, its delegates,
 * the API and the tests share: process key, element ids and process variable names.
 */
public final class PropertyFeeAdjustment {

    public static final String PROCESS_KEY = "property-fee-adjustment";
    public static final String OWNERS_VOTE_PROCESS_KEY = "owners-vote";
    public static final String ERROR_VOTE_NOTICE_TOO_SHORT = "VOTE_NOTICE_TOO_SHORT";

    // flow nodes: prepare
    public static final String START_EVENT_PROPOSAL_FILED = "StartEvent_ProposalFiled";
    public static final String TASK_CHECK_PROPOSAL = "Task_CheckProposal";
    public static final String GATEWAY_WITHIN_SIX_MONTHS = "Gateway_WithinSixMonths";
    public static final String END_EVENT_REFUSED_WITHIN_SIX_MONTHS = "EndEvent_RefusedWithinSixMonths";
    public static final String TIMER_PUBLICATION_ENDS = "Timer_PublicationEnds";
    public static final String TASK_AUDIT_PROPOSAL = "Task_AuditProposal";
    public static final String GATEWAY_PRE_REVIEW_STARTS = "Gateway_PreReviewStarts";
    public static final String GATEWAY_PRE_REVIEW_SPLIT = "Gateway_PreReviewSplit";
    public static final String TASK_PRE_REVIEW_RESIDENTS_COMMITTEE = "Task_PreReviewResidentsCommittee";
    public static final String TASK_PRE_REVIEW_OWNERS_COMMITTEE = "Task_PreReviewOwnersCommittee";
    public static final String GATEWAY_PRE_REVIEW_JOIN = "Gateway_PreReviewJoin";
    public static final String TASK_DECIDE_PRE_REVIEW = "Task_DecidePreReview";
    public static final String GATEWAY_PRE_REVIEW_OUTCOME = "Gateway_PreReviewOutcome";
    public static final String TASK_NOTIFY_PROPOSAL_REJECTED = "Task_NotifyProposalRejected";
    public static final String END_EVENT_PROPOSAL_REJECTED = "EndEvent_ProposalRejected";
    public static final String TASK_REQUEST_REVISION = "Task_RequestRevision";
    public static final String GATEWAY_REVISION_CAP_REACHED = "Gateway_RevisionCapReached";
    public static final String TASK_REVISE_PROPOSAL = "Task_ReviseProposal";
    public static final String TASK_DECIDE_AT_REVISION_CAP = "Task_DecideAtRevisionCap";
    public static final String GATEWAY_CAP_DECISION = "Gateway_CapDecision";
    public static final String TASK_RECORD_ENDED_AT_REVISION_CAP = "Task_RecordEndedAtRevisionCap";
    public static final String END_EVENT_ENDED_AT_REVISION_CAP = "EndEvent_EndedAtRevisionCap";
    public static final String GATEWAY_LAUNCH_STAGE_HELD = "Gateway_LaunchStageHeld";
    // flow nodes: launch
    public static final String GATEWAY_OPINIONS_START = "Gateway_OpinionsStart";
    public static final String TASK_OPEN_OPINION_WINDOW = "Task_OpenOpinionWindow";
    public static final String TIMER_OPINION_WINDOW_ENDS = "Timer_OpinionWindowEnds";
    public static final String TASK_HOLD_HEARING = "Task_HoldHearing";
    public static final String GATEWAY_OBJECTION_LEVEL = "Gateway_ObjectionLevel";
    public static final String TASK_HOLD_COORDINATION_TALK = "Task_HoldCoordinationTalk";
    public static final String GATEWAY_REVISE_AFTER_COORDINATION = "Gateway_ReviseAfterCoordination";
    public static final String GATEWAY_CALL_VOTE = "Gateway_CallVote";
    public static final String TASK_CALL_VOTE = "Task_CallVote";
    // flow nodes: vote
    public static final String CALL_ACTIVITY_OWNERS_VOTE = "CallActivity_OwnersVote";
    public static final String ERROR_VOTE_NOTICE_TOO_SHORT_EVENT = "Error_VoteNoticeTooShort";
    public static final String TASK_RECORD_VOTE_OUTCOME = "Task_RecordVoteOutcome";
    public static final String TIMER_RESULT_PUBLICATION_ENDS = "Timer_ResultPublicationEnds";
    public static final String GATEWAY_VOTE_OUTCOME = "Gateway_VoteOutcome";
    public static final String TASK_NOTIFY_VOTE_FAILED = "Task_NotifyVoteFailed";
    public static final String END_EVENT_VOTE_FAILED = "EndEvent_VoteFailed";
    public static final String GATEWAY_NEW_FEE_SPLIT = "Gateway_NewFeeSplit";
    public static final String SUB_PROCESS_FEE_STEPS = "SubProcess_FeeSteps";
    public static final String START_EVENT_FEE_STEP = "StartEvent_FeeStep";
    public static final String TIMER_FEE_STEP_TAKES_EFFECT = "Timer_FeeStepTakesEffect";
    public static final String TASK_NOTIFY_FEE_STEP = "Task_NotifyFeeStep";
    public static final String END_EVENT_FEE_STEP_NOTIFIED = "EndEvent_FeeStepNotified";
    public static final String TIMER_SUPERVISION_DUE = "Timer_SupervisionDue";
    public static final String TASK_SCHEDULE_SUPERVISION = "Task_ScheduleSupervision";
    public static final String TASK_EVALUATE_SUPERVISION = "Task_EvaluateSupervision";
    public static final String GATEWAY_NEW_FEE_JOIN = "Gateway_NewFeeJoin";
    public static final String END_EVENT_FEE_ADJUSTED = "EndEvent_FeeAdjusted";

    // forms
    public static final String FORM_PROPOSAL = "property-fee-proposal";
    public static final String FORM_AUDIT = "property-fee-audit";
    public static final String FORM_PRE_REVIEW_RESIDENTS = "property-fee-pre-review-residents";
    public static final String FORM_PRE_REVIEW_OWNERS = "property-fee-pre-review-owners";
    public static final String FORM_CAP_DECISION = "property-fee-cap-decision";
    public static final String FORM_HEARING = "property-fee-hearing";
    public static final String FORM_COORDINATION = "property-fee-coordination";
    public static final String FORM_VOTE_CALL = "property-fee-vote-call";
    public static final String FORM_SUPERVISION = "property-fee-supervision";

    // variables: the proposal
    public static final String VAR_TRACKING_NUMBER = "trackingNumber";
    public static final String VAR_APPLICANT_NAME = "applicantName";
    public static final String VAR_ESTATE_ID = "estateId";
    /** The estate's name, set at the start for the forms to show. */
    public static final String VAR_ESTATE_NAME = "estateName";

    public static final String VAR_PROPOSED_BY = "proposedBy";
    /** The proposer's group for the case's estate ({@code property-company.e7}): revisions go back to it. */
    public static final String VAR_PROPOSER_GROUP = "proposerGroup";

    public static final String VAR_PROPERTY_COMPANY_MOBILE = "propertyCompanyMobile";
    public static final String VAR_OWNERS_COMMITTEE_MOBILE = "ownersCommitteeMobile";
    public static final String VAR_CURRENT_RESIDENTIAL_FEE = "currentResidentialFee";
    public static final String VAR_CURRENT_COMMERCIAL_FEE = "currentCommercialFee";
    public static final String VAR_CURRENT_PARKING_FEE = "currentParkingFee";
    public static final String VAR_PROPOSED_RESIDENTIAL_FEE = "proposedResidentialFee";
    public static final String VAR_PROPOSED_COMMERCIAL_FEE = "proposedCommercialFee";
    public static final String VAR_PROPOSED_PARKING_FEE = "proposedParkingFee";
    public static final String VAR_EFFECTIVE_DATE = "effectiveDate";
    public static final String VAR_REASONS = "reasons";
    public static final String VAR_INCOME_ITEMS = "incomeItems";
    public static final String VAR_EXPENSE_ITEMS = "expenseItems";
    public static final String VAR_SERVICE_ITEMS = "serviceItems";
    // variables: the six-month rule and publication
    public static final String VAR_REFUSED_WITHIN_SIX_MONTHS = "refusedWithinSixMonths";
    public static final String VAR_REFUSAL_REASON = "refusalReason";
    public static final String VAR_PUBLICATION_ENDS = "publicationEnds";
    public static final String VAR_PUBLICATION_ENDS_PROVISIONAL = "publicationEndsProvisional";
    // variables: audit and pre-review
    public static final String VAR_AUDIT_SCORE = "auditScore";
    public static final String VAR_AUDIT_COST_CONCLUSION = "auditCostConclusion";
    public static final String VAR_RECOMMENDED_FEE_MIN = "recommendedFeeMin";
    public static final String VAR_RECOMMENDED_FEE_MAX = "recommendedFeeMax";
    public static final String VAR_RESIDENTS_COMMITTEE_DECISION = "residentsCommitteeDecision";
    public static final String VAR_RESIDENTS_COMMITTEE_COMMENTS = "residentsCommitteeComments";
    public static final String VAR_OWNERS_COMMITTEE_DECISION = "ownersCommitteeDecision";
    public static final String VAR_OWNERS_COMMITTEE_COMMENTS = "ownersCommitteeComments";
    public static final String VAR_PRE_REVIEW_OUTCOME = "preReviewOutcome";
    public static final String VAR_REVISION_ROUND = "revisionRound";
    public static final String VAR_REVISION_CAP_REACHED = "revisionCapReached";
    public static final String VAR_CAP_DECISION = "capDecision";
    // variables: opinions, hearing, coordination
    public static final String VAR_OPINION_WINDOW_ENDS = "opinionWindowEnds";
    public static final String VAR_HEARING_DATE = "hearingDate";
    public static final String VAR_HEARING_ATTENDANCE = "hearingAttendance";
    public static final String VAR_HEARING_SUMMARY = "hearingSummary";
    public static final String VAR_OBJECTION_LEVEL = "objectionLevel";
    public static final String VAR_COORDINATION_SUMMARY = "coordinationSummary";
    public static final String VAR_REVISE_AFTER_COORDINATION = "reviseAfterCoordination";
    // variables: the vote (in and out of owners-vote)
    public static final String VAR_MATTER_TYPE = "matterType";
    public static final String VAR_VOTE_SUBJECT = "voteSubject";
    public static final String VAR_WINDOW_OPENS = "windowOpens";
    public static final String VAR_WINDOW_CLOSES = "windowCloses";
    public static final String VAR_FEE_STEPS = "feeSteps";
    public static final String VAR_VOTE_CALL_REFUSAL = "voteCallRefusal";
    public static final String VAR_VOTE_ID = "voteId";
    public static final String VAR_VOTE_OUTCOME = "voteOutcome";
    // variables: the result
    public static final String VAR_RESULT_PUBLICATION_ENDS = "resultPublicationEnds";
    public static final String VAR_FEE_STEP_DATES = "feeStepDates";
    public static final String VAR_FEE_STEP_TAKES_EFFECT = "feeStepTakesEffect";
    public static final String VAR_SUPERVISION_DUE = "supervisionDue";
    public static final String VAR_SUPERVISION_EVALUATION_DUE = "supervisionEvaluationDue";
    public static final String VAR_SUPERVISION_EVALUATION_DUE_PROVISIONAL = "supervisionEvaluationDueProvisional";
    public static final String VAR_SATISFACTION_SCORE = "satisfactionScore";
    public static final String VAR_SUPERVISION_SUMMARY = "supervisionSummary";
    // local input of the notification tasks
    public static final String VAR_NOTICE_TYPE = "noticeType";

    private PropertyFeeAdjustment() {}
}
