package cn.jiedaoflow.onestop;

/** The notices an applicant receives, one per step of the procedure that concerns them. */
enum OneStopNotice {
    ACCEPTED,
    SUPPLEMENT_REQUESTED,
    NOT_ACCEPTED,
    CLOSED_NOT_SUPPLEMENTED,
    RESULT,
    /** A single matter not approved (不予批准), with the department's reason. */
    NOT_APPROVED,
    WITHDRAWN
}
