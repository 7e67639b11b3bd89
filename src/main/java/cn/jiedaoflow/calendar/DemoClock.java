package cn.jiedaoflow.calendar;

import cn.jiedaoflow.engine.EngineEdge;
import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Moves the engine's clock forward in a demo or training installation, so that a procedure's statutory
 * periods (15 days' notice, a voting window, 30 days to a follow-up visit) can be rehearsed in an afternoon.
 * The clock keeps running from the new time; timers that fall due fire on the job executor's next round.
 * Only forward: cases already recorded never end up in the future. Exists only with the {@code demo}
 * profile; production never moves its clock.
 */
@EngineEdge
@Component
@Profile("demo")
class DemoClock {

    private Duration offset = Duration.ZERO;

    /** Moves the clock {@code by} forward and returns the new time. */
    synchronized Instant advance(Duration by) {
        if (by.isNegative() || by.isZero()) {
            throw new IllegalArgumentException("the demo clock only moves forward: " + by);
        }
        offset = offset.plus(by);
        return ClockUtil.offset(offset.toMillis()).toInstant();
    }

    Instant now() {
        return ClockUtil.now().toInstant();
    }

    /** How far ahead of the machine's clock the engine's clock is. */
    synchronized Duration offset() {
        return offset;
    }
}
