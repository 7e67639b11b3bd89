package cn.jiedaoflow.owners;

/** An abstention participates in the vote but does not agree. */
enum BallotChoice {
    AGREE,
    DISAGREE,
    ABSTAIN
}
