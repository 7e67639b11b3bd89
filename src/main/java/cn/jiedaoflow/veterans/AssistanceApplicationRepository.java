package cn.jiedaoflow.veterans;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface AssistanceApplicationRepository extends Repository<AssistanceApplication, Long> {

    AssistanceApplication save(AssistanceApplication application);

    Optional<AssistanceApplication> findByTrackingNumber(String trackingNumber);

    boolean existsByTrackingNumber(String trackingNumber);

    List<AssistanceApplication> findByApplicantAccountIdOrderBySubmittedAtDescIdDesc(Long accountId);

    List<AssistanceApplication> findByRegisteredByOrderBySubmittedAtDescIdDesc(String registeredBy);
}
