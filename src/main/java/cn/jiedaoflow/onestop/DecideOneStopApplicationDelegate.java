package cn.jiedaoflow.onestop;

import static cn.jiedaoflow.onestop.OneStopApplicationProcess.*;

import cn.jiedaoflow.delegates.ProcedureDelegate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Every department has decided: the application is completed, partially completed or not approved; the rating
 * period starts. {@code notApproved} sends a single matter its department refused to the notice of that refusal
 * instead of the delivery of a result.
 */
@ProcedureDelegate("one-stop-application")
@Component
class DecideOneStopApplicationDelegate implements JavaDelegate {

    private final OneStopCases cases;

    DecideOneStopApplicationDelegate(OneStopCases cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        OneStopApplication application = cases.decide((String) execution.getVariable(VAR_TRACKING_NUMBER));
        execution.setVariable(VAR_EVALUATION_ENDS, Date.from(application.getEvaluationEnds()));
        execution.setVariable(VAR_NOT_APPROVED, application.getStatus() == ApplicationStatus.NOT_APPROVED);
    }
}
