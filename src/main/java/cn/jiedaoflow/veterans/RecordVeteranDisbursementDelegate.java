package cn.jiedaoflow.veterans;

import static cn.jiedaoflow.veterans.VeteranAssistance.*;

import cn.jiedaoflow.delegates.ProcedureDelegate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the disbursement and schedules the follow-up visit 30 days later. */
@ProcedureDelegate("veteran-assistance")
@Component
class RecordVeteranDisbursementDelegate implements JavaDelegate {

    private final AssistanceCases cases;

    RecordVeteranDisbursementDelegate(AssistanceCases cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AssistanceCases.FollowUp followUp = cases.disbursed((String) execution.getVariable(VAR_TRACKING_NUMBER));
        execution.setVariable(VAR_DISBURSED_ON, followUp.disbursedOn().toString());
        execution.setVariable(VAR_FOLLOW_UP_AT, followUp.followUpAt().asDate());
        execution.setVariable(VAR_FOLLOW_UP_DUE, followUp.followUpDue().asDate());
        execution.setVariable(
                VAR_FOLLOW_UP_DUE_PROVISIONAL,
                followUp.followUpAt().provisional() || followUp.followUpDue().provisional());
    }
}
