package cn.jiedaoflow.ownersvote;

import java.util.Optional;
import org.springframework.data.repository.Repository;

interface VoteVoterRepository extends Repository<VoteVoter, Long> {

    VoteVoter save(VoteVoter voter);

    Optional<VoteVoter> findByVoteIdAndDeveloperTrue(Long voteId);

    Optional<VoteVoter> findByVoteIdAndRegisterOwnerId(Long voteId, String registerOwnerId);
}
