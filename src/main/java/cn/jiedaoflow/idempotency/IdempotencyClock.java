package cn.jiedaoflow.idempotency;

import cn.jiedaoflow.engine.EngineEdge;
import java.time.Instant;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** The clock of the keys' 24 hours: the engine's, which tests (and the demo clock) move. */
@EngineEdge
@Component
class IdempotencyClock {

    Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
