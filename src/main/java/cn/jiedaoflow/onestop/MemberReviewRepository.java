package cn.jiedaoflow.onestop;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** The departments' parts of applications. */
interface MemberReviewRepository extends Repository<MemberReview, Long> {

    MemberReview save(MemberReview review);

    List<MemberReview> findByTrackingNumberOrderByIdAsc(String trackingNumber);

    Optional<MemberReview> findByTrackingNumberAndMemberCode(String trackingNumber, String memberCode);
}
