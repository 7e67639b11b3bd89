package cn.jiedaoflow.onestop;

import static cn.jiedaoflow.onestop.OneStopApplicationProcess.VAR_NOT_ACCEPTED_REASON;
import static cn.jiedaoflow.onestop.OneStopApplicationProcess.VAR_TRACKING_NUMBER;

import cn.jiedaoflow.delegates.ProcedureDelegate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records that the application is not accepted, with the reason the applicant will read. */
@ProcedureDelegate("one-stop-application")
@Component
class RecordOneStopNotAcceptedDelegate implements JavaDelegate {

    private final OneStopCases cases;

    RecordOneStopNotAcceptedDelegate(OneStopCases cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cases.notAccept(
                (String) execution.getVariable(VAR_TRACKING_NUMBER),
                ((String) execution.getVariable(VAR_NOT_ACCEPTED_REASON)).strip());
    }
}
