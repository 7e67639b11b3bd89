package cn.jiedaoflow.ownersvote;

/** An abstention participates in the vote but does not agree. */
enum BallotChoice {
    AGREE,
    DISAGREE,
    ABSTAIN
}
