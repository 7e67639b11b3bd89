package cn.jiedaoflow.ownersvote;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface VoteVoterRepository extends Repository<VoteVoter, Long> {

    VoteVoter save(VoteVoter voter);

    /** The vote's counted persons, in the order they were frozen. */
    List<VoteVoter> findByVoteIdOrderByIdAsc(Long voteId);

    Optional<VoteVoter> findByVoteIdAndDeveloperTrue(Long voteId);

    Optional<VoteVoter> findByVoteIdAndRegisterOwnerId(Long voteId, String registerOwnerId);
}
