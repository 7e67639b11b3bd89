package cn.jiedaoflow.ownersvote;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface VoteRepository extends Repository<Vote, Long> {

    Vote save(Vote vote);

    Optional<Vote> findById(Long id);

    /** The latest vote of a case (a property-fee proposal calls at most one vote, the case's number its own). */
    Optional<Vote> findFirstByTrackingNumberOrderByIdDesc(String trackingNumber);

    /** The votes in these states whose window closes after {@code instant}, the soonest to close first. */
    List<Vote> findByStatusInAndWindowClosesAfterOrderByWindowClosesAscIdAsc(
            Collection<VoteStatus> statuses, Instant instant);

    boolean existsByEstateIdAndStatusIn(Long estateId, Collection<VoteStatus> statuses);
}
