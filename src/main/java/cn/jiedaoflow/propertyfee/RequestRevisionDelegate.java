package cn.jiedaoflow.propertyfee;

import static cn.jiedaoflow.propertyfee.PropertyFeeAdjustment.VAR_REVISION_CAP_REACHED;
import static cn.jiedaoflow.propertyfee.PropertyFeeAdjustment.VAR_REVISION_ROUND;

import cn.jiedaoflow.delegates.ProcedureDelegate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RequestRevision}: a pre-review or a coordination talk asks for a revision. Below the cap the
 * round is counted and the proposal goes back to its proposer; at the cap the owners' committee decides.
 */
@ProcedureDelegate("property-fee-adjustment")
@Component
class RequestRevisionDelegate implements JavaDelegate {

    private final PropertyFeeSettings settings;

    RequestRevisionDelegate(PropertyFeeSettings settings) {
        this.settings = settings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int rounds = ((Number) execution.getVariable(VAR_REVISION_ROUND)).intValue();
        boolean capReached = settings.revisionRounds().capReached(rounds);
        execution.setVariable(VAR_REVISION_CAP_REACHED, capReached);
        if (!capReached) {
            execution.setVariable(VAR_REVISION_ROUND, rounds + 1);
        }
    }
}
