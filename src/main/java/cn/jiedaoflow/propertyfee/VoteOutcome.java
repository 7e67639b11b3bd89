package cn.jiedaoflow.propertyfee;

/** What the {@code owners-vote} process answers in {@code voteOutcome}. */
enum VoteOutcome {
    QUORUM_NOT_MET,
    PASSED,
    REJECTED;

    boolean failed() {
        return this != PASSED;
    }
}
