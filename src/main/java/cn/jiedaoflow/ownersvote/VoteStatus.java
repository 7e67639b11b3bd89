package cn.jiedaoflow.ownersvote;

/** Called with notice, open for ballots, closed and tallied, result published. */
enum VoteStatus {
    NOTICE,
    OPEN,
    CLOSED,
    PUBLISHED
}
