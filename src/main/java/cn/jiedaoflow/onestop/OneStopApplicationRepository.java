package cn.jiedaoflow.onestop;

import java.util.Optional;
import org.springframework.data.repository.Repository;

/** Applications by tracking number: what the process's delegates need. */
public interface OneStopApplicationRepository extends Repository<OneStopApplication, Long> {

    OneStopApplication save(OneStopApplication application);

    Optional<OneStopApplication> findByTrackingNumber(String trackingNumber);

    boolean existsByTrackingNumber(String trackingNumber);
}
