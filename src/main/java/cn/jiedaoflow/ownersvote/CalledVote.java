package cn.jiedaoflow.ownersvote;

import java.time.Instant;

/**
 * A vote just called ({@link VoteCalls#call}): its id, and when the paper notice in the estate is due
 * ({@link VoteWindow#paperNoticeDue}).
 */
record CalledVote(long voteId, Instant paperNoticeDue) {}
