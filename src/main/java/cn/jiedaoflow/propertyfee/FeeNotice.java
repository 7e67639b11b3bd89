package cn.jiedaoflow.propertyfee;

/** The notices of the procedure; the notification tasks name one in their {@code noticeType} input. */
enum FeeNotice {
    PROPOSAL_REJECTED,
    VOTE_FAILED,
    FEE_STEP_IN_FORCE
}
