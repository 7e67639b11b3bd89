package cn.jiedaoflow.veterans;

/** Where an assistance application stands. */
enum AssistanceStatus {
    /** received; the eligibility check runs at once */
    SUBMITTED,
    /** not on the roster, or the veteran has another open case: ended with the reason */
    INELIGIBLE,
    /** eligible: visit, assessment, approval, disbursement, follow-up under way */
    IN_PROGRESS,
    /** closed into the veteran's file */
    CLOSED
}
