package cn.jiedaoflow.veterans;

import static cn.jiedaoflow.veterans.VeteranAssistance.*;

import cn.jiedaoflow.delegates.ProcedureDelegate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Eligibility: on the roster and no other open case; the home visit's deadline when eligible. */
@ProcedureDelegate("veteran-assistance")
@Component
class CheckVeteranEligibilityDelegate implements JavaDelegate {

    private final AssistanceCases cases;

    CheckVeteranEligibilityDelegate(AssistanceCases cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AssistanceCases.Eligibility eligibility =
                cases.checkEligibility((String) execution.getVariable(VAR_TRACKING_NUMBER));
        execution.setVariable(VAR_ELIGIBLE, eligibility.eligible());
        execution.setVariable(VAR_INELIGIBLE_REASON, eligibility.reason());
        execution.setVariable(
                VAR_VISIT_DUE, eligibility.eligible() ? eligibility.visitDue().asDate() : null);
        execution.setVariable(
                VAR_VISIT_DUE_PROVISIONAL,
                eligibility.eligible() && eligibility.visitDue().provisional());
    }
}
