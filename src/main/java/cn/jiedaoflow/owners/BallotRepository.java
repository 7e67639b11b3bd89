package cn.jiedaoflow.owners;

import java.util.List;

import org.springframework.data.repository.Repository;

interface BallotRepository extends Repository<Ballot, Long> {

    Ballot saveAndFlush(Ballot ballot);

    boolean existsByVoteIdAndVoterId(Long voteId, Long voterId);

    long countByVoteId(Long voteId);

    List<Ballot> findByVoteId(Long voteId);
}
