package cn.jiedaoflow.onestop;

import cn.jiedaoflow.services.DedicatedStart;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The one-stop process is not offered as itself: its catalog's matters are, each filed through its own door. */
@Component
class OneStopStart implements DedicatedStart {

    @Override
    public String processKey() {
        return OneStopApplicationProcess.PROCESS_KEY;
    }

    @Override
    public Optional<String> applyPath() {
        return Optional.empty();
    }
}
