package cn.jiedaoflow.labordispute;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface LaborDisputeCaseRepository extends Repository<LaborDisputeCase, Long> {

    LaborDisputeCase save(LaborDisputeCase labourDisputeCase);

    boolean existsByTrackingNumber(String trackingNumber);

    Optional<LaborDisputeCase> findByTrackingNumber(String trackingNumber);

    List<LaborDisputeCase> findByApplicantAccountIdOrderByCreatedAtDesc(Long applicantAccountId);

    List<LaborDisputeCase> findByRegisteredByOrderByCreatedAtDesc(String registeredBy);
}
