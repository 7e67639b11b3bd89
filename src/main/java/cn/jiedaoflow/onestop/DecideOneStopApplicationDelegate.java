package cn.jiedaoflow.onestop;

import static cn.jiedaoflow.onestop.OneStopApplicationProcess.*;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Every department has decided: the application is completed or partially completed; the rating period starts. */
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
    }
}
