package cn.jiedaoflow.owners;

/** Cast by the owner in the portal, or recorded from paper by staff. */
enum BallotChannel {
    ONLINE,
    PAPER
}
