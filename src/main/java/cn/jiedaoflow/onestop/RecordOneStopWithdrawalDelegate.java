package cn.jiedaoflow.onestop;

import static cn.jiedaoflow.onestop.OneStopApplicationProcess.VAR_TRACKING_NUMBER;

import cn.jiedaoflow.delegates.ProcedureDelegate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The applicant withdrew before the decision: the application ends as withdrawn. */
@ProcedureDelegate("one-stop-application")
@Component
class RecordOneStopWithdrawalDelegate implements JavaDelegate {

    private final OneStopCases cases;

    RecordOneStopWithdrawalDelegate(OneStopCases cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cases.withdrawn((String) execution.getVariable(VAR_TRACKING_NUMBER));
    }
}
