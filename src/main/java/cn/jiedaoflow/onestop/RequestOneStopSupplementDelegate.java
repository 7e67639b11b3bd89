package cn.jiedaoflow.onestop;

import static cn.jiedaoflow.onestop.OneStopApplicationProcess.*;

import cn.jiedaoflow.calendar.Deadline;
import cn.jiedaoflow.delegates.ProcedureDelegate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the supplement request with every missing item and its deadline (5 working days by default). */
@ProcedureDelegate("one-stop-application")
@Component
class RequestOneStopSupplementDelegate implements JavaDelegate {

    private final OneStopCases cases;

    RequestOneStopSupplementDelegate(OneStopCases cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Deadline due = cases.requestSupplement(
                (String) execution.getVariable(VAR_TRACKING_NUMBER),
                ((String) execution.getVariable(VAR_MISSING_ITEMS)).strip());
        execution.setVariable(VAR_SUPPLEMENT_DUE, due.asDate());
    }
}
