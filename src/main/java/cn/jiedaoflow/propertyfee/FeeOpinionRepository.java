package cn.jiedaoflow.propertyfee;

import java.time.Instant;
import java.util.List;
import org.springframework.data.repository.Repository;

interface FeeOpinionRepository extends Repository<FeeOpinion, Long> {

    FeeOpinion saveAndFlush(FeeOpinion opinion);

    boolean existsByTrackingNumberAndWindowClosesAndAccountId(
            String trackingNumber, Instant windowCloses, Long accountId);

    List<FeeOpinion> findByTrackingNumberAndAccountIdOrderByGivenAtAsc(String trackingNumber, Long accountId);

    List<FeeOpinion> findByTrackingNumberOrderByGivenAtAscIdAsc(String trackingNumber);
}
