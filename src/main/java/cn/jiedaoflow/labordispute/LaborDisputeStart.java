package cn.jiedaoflow.labordispute;

import cn.jiedaoflow.services.DedicatedStart;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Mediation applications are filed through the procedure's own door, which registers the ID number apart. */
@Component
class LaborDisputeStart implements DedicatedStart {

    @Override
    public String processKey() {
        return LaborDisputeMediation.PROCESS_KEY;
    }

    @Override
    public Optional<String> applyPath() {
        return Optional.of(LaborDisputeMediationController.PATH);
    }
}
