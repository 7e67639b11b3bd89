package cn.jiedaoflow.ownersvote;

/** Cast by the owner in the portal, or recorded from paper by staff. */
enum BallotChannel {
    ONLINE,
    PAPER
}
