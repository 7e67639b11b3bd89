package cn.jiedaoflow.propertyfee;

/** Where a proposal stands, as the {@code fee_proposal} table keeps it. */
enum ProposalStatus {
    FILED,
    REJECTED_IN_PRE_REVIEW,
    ENDED_AT_REVISION_CAP,
    VOTE_PASSED,
    VOTE_FAILED
}
