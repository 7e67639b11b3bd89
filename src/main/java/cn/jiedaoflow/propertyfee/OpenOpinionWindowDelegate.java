package cn.jiedaoflow.propertyfee;

import static cn.jiedaoflow.propertyfee.PropertyFeeAdjustment.VAR_OPINION_WINDOW_ENDS;
import static cn.jiedaoflow.propertyfee.PropertyFeeAdjustment.VAR_TRACKING_NUMBER;

import cn.jiedaoflow.delegates.ProcedureDelegate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_OpenOpinionWindow}: the owners' committee took the proposal to the vote at the revision cap reached in
 * pre-review, so the launch stage comes first (procedures.md §1: the three stages in order): the owners' opinion
 * solicitation ends {@code opinion-window} days from now ({@link OpinionWindows#open}), then the hearing.
 * After both committees accepted, {@link DecidePreReviewDelegate} computes the same.
 */
@ProcedureDelegate("property-fee-adjustment")
@Component
class OpenOpinionWindowDelegate implements JavaDelegate {

    private final OpinionWindows windows;

    OpenOpinionWindowDelegate(OpinionWindows windows) {
        this.windows = windows;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(
                VAR_OPINION_WINDOW_ENDS,
                windows.open((String) execution.getVariable(VAR_TRACKING_NUMBER))
                        .asDate());
    }
}
