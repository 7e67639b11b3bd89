package cn.jiedaoflow.calendar;

import cn.jiedaoflow.engine.EngineEdge;
import java.time.Instant;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** The engine's clock, which process tests move; the calendar's only contact with the engine. */
@EngineEdge
@Component
class EngineClock {

    Instant now() {
        return ClockUtil.now().toInstant();
    }
}
