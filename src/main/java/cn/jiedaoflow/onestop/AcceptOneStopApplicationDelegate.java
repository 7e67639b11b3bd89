package cn.jiedaoflow.onestop;

import static cn.jiedaoflow.onestop.OneStopApplicationProcess.*;

import cn.jiedaoflow.delegates.ProcedureDelegate;
import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Accepts the application and names the parts the departments review (the multi-instance collection). */
@ProcedureDelegate("one-stop-application")
@Component
class AcceptOneStopApplicationDelegate implements JavaDelegate {

    private final OneStopCases cases;

    AcceptOneStopApplicationDelegate(OneStopCases cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(
                VAR_MEMBER_CODES, new ArrayList<>(cases.accept((String) execution.getVariable(VAR_TRACKING_NUMBER))));
    }
}
