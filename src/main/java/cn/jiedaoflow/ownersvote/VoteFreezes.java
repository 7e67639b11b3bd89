package cn.jiedaoflow.ownersvote;

import cn.jiedaoflow.owners.RegisterFreezes;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A called vote holds its estate's register from the call until its result is published: the ballots carry the
 * areas of the register as it was called.
 */
@Component
class VoteFreezes implements RegisterFreezes {

    /** While a vote is in one of these, its estate's register may not be replaced. */
    static final Set<VoteStatus> REGISTER_FROZEN = Set.of(VoteStatus.NOTICE, VoteStatus.OPEN, VoteStatus.CLOSED);

    private final VoteRepository votes;

    VoteFreezes(VoteRepository votes) {
        this.votes = votes;
    }

    @Override
    public boolean frozen(long estateId) {
        return votes.existsByEstateIdAndStatusIn(estateId, REGISTER_FROZEN);
    }
}
