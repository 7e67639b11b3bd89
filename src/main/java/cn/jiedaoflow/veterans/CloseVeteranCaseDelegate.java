package cn.jiedaoflow.veterans;

import static cn.jiedaoflow.veterans.VeteranAssistance.VAR_TRACKING_NUMBER;

import cn.jiedaoflow.delegates.ProcedureDelegate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Closes the case into the veteran's file; the veteran may apply again. */
@ProcedureDelegate("veteran-assistance")
@Component
class CloseVeteranCaseDelegate implements JavaDelegate {

    private final AssistanceCases cases;

    CloseVeteranCaseDelegate(AssistanceCases cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cases.close((String) execution.getVariable(VAR_TRACKING_NUMBER));
    }
}
