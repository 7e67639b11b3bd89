package cn.jiedaoflow.onestop;

import static cn.jiedaoflow.onestop.OneStopApplicationProcess.*;

import cn.jiedaoflow.calendar.Deadline;
import cn.jiedaoflow.delegates.ProcedureDelegate;
import cn.jiedaoflow.personaldata.MarkdownText;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Computes the pre-check's deadline (1 working day) and clears the last pre-check's answers; after a supplement, keeps
 * what the request asked for ({@code supplementRequest}) for the pre-check to compare the supplement with.
 */
@ProcedureDelegate("one-stop-application")
@Component
class PrepareOneStopPreCheckDelegate implements JavaDelegate {

    private final OneStopCases cases;

    PrepareOneStopPreCheckDelegate(OneStopCases cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Deadline due = cases.schedulePreCheck((String) execution.getVariable(VAR_TRACKING_NUMBER));
        execution.setVariable(VAR_PRE_CHECK_DUE, due.asDate());
        execution.setVariable(VAR_PRE_CHECK_DUE_PROVISIONAL, due.provisional());
        execution.setVariable(VAR_PRE_CHECK_DECISION, null);
        if (execution.getVariable(VAR_MISSING_ITEMS) instanceof String asked && !asked.isBlank()) {
            execution.setVariable(VAR_SUPPLEMENT_REQUEST, supplementRequest(asked));
        }
        execution.setVariable(VAR_MISSING_ITEMS, null);
        execution.setVariable(VAR_NOT_ACCEPTED_REASON, null);
    }

    /** {@code - 户口簿首页\n- 收入证明}: the request's items as the applicant was told them, one a line. */
    static String supplementRequest(String missingItems) {
        StringBuilder list = new StringBuilder();
        for (String item : OneStopMyCases.missing(missingItems)) {
            list.append("- ").append(MarkdownText.escape(item)).append('\n');
        }
        return list.toString().strip();
    }
}
