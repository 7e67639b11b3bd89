package cn.jiedaoflow.propertyfee;

import static cn.jiedaoflow.propertyfee.PropertyFeeAdjustment.*;

import cn.jiedaoflow.delegates.ProcedureDelegate;
import cn.jiedaoflow.engine.EngineRefusal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Completing a pre-review (an execution listener on the end of {@code Task_PreReviewResidentsCommittee} and
 * {@code Task_PreReviewOwnersCommittee}): a REVISE or a REJECT needs comments ({@link PreReview#requireComments});
 * otherwise the task stays open and Tasklist shows the message. Unknown decisions are refused by
 * {@code Task_DecidePreReview}.
 */
@ProcedureDelegate("property-fee-adjustment")
@Component
class CheckPreReviewListener implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        boolean residents = TASK_PRE_REVIEW_RESIDENTS_COMMITTEE.equals(execution.getCurrentActivityId());
        Object decision =
                execution.getVariable(residents ? VAR_RESIDENTS_COMMITTEE_DECISION : VAR_OWNERS_COMMITTEE_DECISION);
        Object comments =
                execution.getVariable(residents ? VAR_RESIDENTS_COMMITTEE_COMMENTS : VAR_OWNERS_COMMITTEE_COMMENTS);
        for (PreReview.Decision known : PreReview.Decision.values()) {
            if (known.name().equals(decision)) {
                try {
                    PreReview.requireComments(known, comments == null ? null : comments.toString());
                } catch (BilingualRefusal e) {
                    throw EngineRefusal.of(e.chinese(), e.english());
                }
            }
        }
    }
}
