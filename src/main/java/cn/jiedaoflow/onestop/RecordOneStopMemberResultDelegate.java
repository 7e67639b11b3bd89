package cn.jiedaoflow.onestop;

import static cn.jiedaoflow.onestop.OneStopApplicationProcess.*;

import cn.jiedaoflow.delegates.ProcedureDelegate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** Records a department's decision on its part, with who made it (the staff member who completed the task). */
@ProcedureDelegate("one-stop-application")
@Component
class RecordOneStopMemberResultDelegate implements JavaDelegate {

    private final OneStopCases cases;

    RecordOneStopMemberResultDelegate(OneStopCases cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Authentication authentication =
                execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        String opinion = (String) execution.getVariable(VAR_REVIEW_OPINION);
        cases.recordMemberResult(
                (String) execution.getVariable(VAR_TRACKING_NUMBER),
                (String) execution.getVariable(VAR_MEMBER_CODE),
                ReviewDecision.valueOf((String) execution.getVariable(VAR_REVIEW_DECISION)),
                opinion == null || opinion.isBlank() ? null : opinion.strip(),
                authentication == null ? null : authentication.getUserId());
    }
}
