package cn.jiedaoflow.people;

import java.time.Instant;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** The application's clock for sign-in limits: the engine's, which tests (and the demo clock) move. */
@Component
class SignInClock {

    Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
