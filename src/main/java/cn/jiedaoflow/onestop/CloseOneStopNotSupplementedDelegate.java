package cn.jiedaoflow.onestop;

import static cn.jiedaoflow.onestop.OneStopApplicationProcess.VAR_TRACKING_NUMBER;

import cn.jiedaoflow.delegates.ProcedureDelegate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The supplement period ended without a supplement: the application closes. */
@ProcedureDelegate("one-stop-application")
@Component
class CloseOneStopNotSupplementedDelegate implements JavaDelegate {

    private final OneStopCases cases;

    CloseOneStopNotSupplementedDelegate(OneStopCases cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cases.closeNotSupplemented((String) execution.getVariable(VAR_TRACKING_NUMBER));
    }
}
