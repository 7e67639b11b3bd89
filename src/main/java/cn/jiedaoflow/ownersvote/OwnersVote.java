package cn.jiedaoflow.ownersvote;

/** The {@code owners-vote} process: its key, element ids and variable names, in one place. */
public final class OwnersVote {

    public static final String PROCESS_KEY = "owners-vote";
    public static final String DECISION_KEY = "owners-vote-outcome";
    /** Thrown by the call when the notice is shorter than the law's 15 days or the window is empty. */
    public static final String ERROR_NOTICE_TOO_SHORT = "VOTE_NOTICE_TOO_SHORT";

    // input from the calling process
    public static final String VAR_ESTATE_ID = "estateId";
    public static final String VAR_MATTER_TYPE = "matterType";
    public static final String VAR_VOTE_SUBJECT = "voteSubject";
    public static final String VAR_WINDOW_OPENS = "windowOpens";
    public static final String VAR_WINDOW_CLOSES = "windowCloses";
    public static final String VAR_TRACKING_NUMBER = "trackingNumber";
    /** Set by the call: the name of the vote's estate, which Tasklist shows as the case's applicant. */
    public static final String VAR_APPLICANT_NAME = "applicantName";
    // output to the calling process
    public static final String VAR_VOTE_ID = "voteId";
    public static final String VAR_VOTE_OUTCOME = "voteOutcome";
    // the decision's inputs
    static final String VAR_TOTAL_AREA = "totalArea";
    static final String VAR_TOTAL_OWNERS = "totalOwners";
    static final String VAR_PARTICIPATING_AREA = "participatingArea";
    static final String VAR_PARTICIPATING_OWNERS = "participatingOwners";
    static final String VAR_AGREE_AREA = "agreeArea";
    static final String VAR_AGREE_OWNERS = "agreeOwners";
    static final String VAR_NOTICE_CHANNEL = "noticeChannel";
    /** When the paper notice is due: 17:00 of the last day on which posting it still gives the notice. */
    static final String VAR_PAPER_NOTICE_DUE = "paperNoticeDue";

    static final String TASK_CALL_VOTE = "Task_CallVote";
    static final String TASK_NOTIFY_INBOX = "Task_NotifyOwnersInbox";
    static final String TASK_NOTIFY_SMS = "Task_NotifyOwnersSms";
    static final String TASK_CONFIRM_PAPER_NOTICE = "Task_ConfirmPaperNotice";
    static final String TIMER_WINDOW_OPENS = "Timer_WindowOpens";
    static final String TASK_OPEN_VOTE = "Task_OpenVote";
    static final String TIMER_WINDOW_CLOSES = "Timer_WindowCloses";
    static final String TASK_TALLY_VOTE = "Task_TallyVote";
    static final String TASK_DECIDE_OUTCOME = "Task_DecideOutcome";
    static final String TASK_PUBLISH_RESULT = "Task_PublishResult";
    static final String TASK_MARK_PUBLISHED = "Task_MarkPublished";
    static final String END_EVENT_PUBLISHED = "EndEvent_ResultPublished";

    private OwnersVote() {}
}
