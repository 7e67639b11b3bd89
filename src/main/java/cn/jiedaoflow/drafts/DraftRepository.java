package cn.jiedaoflow.drafts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface DraftRepository extends Repository<Draft, Long> {

    Draft save(Draft draft);

    void delete(Draft draft);

    Optional<Draft> findByAccountIdAndServiceKey(Long accountId, String serviceKey);

    List<Draft> findByAccountIdOrderBySavedAtDesc(Long accountId);

    List<Draft> findBySavedAtLessThanEqual(Instant savedAt);
}
