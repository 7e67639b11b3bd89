package cn.jiedaoflow.ownersvote;

import java.util.Collection;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface VoteRepository extends Repository<Vote, Long> {

    Vote save(Vote vote);

    Optional<Vote> findById(Long id);

    boolean existsByEstateIdAndStatusIn(Long estateId, Collection<VoteStatus> statuses);
}
