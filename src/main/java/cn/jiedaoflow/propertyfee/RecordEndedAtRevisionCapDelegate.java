package cn.jiedaoflow.propertyfee;

import static cn.jiedaoflow.propertyfee.PropertyFeeAdjustment.VAR_TRACKING_NUMBER;

import cn.jiedaoflow.delegates.ProcedureDelegate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_RecordEndedAtRevisionCap}: the proposal's record says the owners' committee ended it at the cap. */
@ProcedureDelegate("property-fee-adjustment")
@Component
class RecordEndedAtRevisionCapDelegate implements JavaDelegate {

    private final FeeProposals proposals;

    RecordEndedAtRevisionCapDelegate(FeeProposals proposals) {
        this.proposals = proposals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        proposals.endedAtRevisionCap((String) execution.getVariable(VAR_TRACKING_NUMBER));
    }
}
