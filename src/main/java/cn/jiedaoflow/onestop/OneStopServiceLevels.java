package cn.jiedaoflow.onestop;

import cn.jiedaoflow.overview.ServiceLevels;
import cn.jiedaoflow.overview.SlaLights;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one-stop service's part of the leaders' overview: its departments' open parts by the traffic light of their
 * committed time limit ({@link Sla}: yellow from 80% of the time, red at the deadline, the same lights the case's page
 * shows and the yellow warning task announces), and the applicants' ratings (好差评) by score.
 */
@Component
class OneStopServiceLevels implements ServiceLevels {

    private static final List<ApplicationStatus> BEFORE_DECISION = Arrays.stream(ApplicationStatus.values())
            .filter(ApplicationStatus::isBeforeDecision)
            .toList();

    private final ServiceLevelQueries reviews;

    OneStopServiceLevels(ServiceLevelQueries reviews) {
        this.reviews = reviews;
    }

    @Override
    @Transactional(readOnly = true)
    public SlaLights lights(Instant now) {
        return new SlaLights(reviews.countYellow(now, BEFORE_DECISION), reviews.countRed(now, BEFORE_DECISION));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Integer, Long> ratingsByScore() {
        Map<Integer, Long> scores = new TreeMap<>();
        for (Object[] row : reviews.ratingsByScore()) {
            scores.put(((Number) row[0]).intValue(), ((Number) row[1]).longValue());
        }
        return scores;
    }
}
