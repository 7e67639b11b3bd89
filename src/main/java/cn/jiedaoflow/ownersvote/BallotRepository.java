package cn.jiedaoflow.ownersvote;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface BallotRepository extends Repository<Ballot, Long> {

    Ballot saveAndFlush(Ballot ballot);

    boolean existsByVoteIdAndVoterId(Long voteId, Long voterId);

    Optional<Ballot> findByVoteIdAndVoterId(Long voteId, Long voterId);

    long countByVoteId(Long voteId);

    List<Ballot> findByVoteId(Long voteId);

    /** The vote's ballots summed by choice in the database: what a tally needs, without loading every ballot. */
    @Query("select new cn.jiedaoflow.ownersvote.ChoiceSum(b.choice, count(b), sum(b.area)) from Ballot b"
            + " where b.voteId = :voteId group by b.choice")
    List<ChoiceSum> sumByChoice(@Param("voteId") Long voteId);
}
