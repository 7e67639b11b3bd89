package cn.jiedaoflow.ownersvote;

import java.time.Instant;

/**
 * A vote just called ({@link VoteCalls#call}): its id; its number, under which Tasklist lists its tasks (the tracking
 * number of the case that called it, or the vote's id when it was called without one); the name of its estate, which
 * the tasks show as their applicant's; and when the paper notice in the estate is due ({@link
 * VoteWindow#paperNoticeDue}).
 */
record CalledVote(long voteId, String number, String estateName, Instant paperNoticeDue) {}
