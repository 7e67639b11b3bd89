package cn.jiedaoflow.propertyfee;

import static cn.jiedaoflow.propertyfee.PropertyFeeAdjustment.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.jiedaoflow.calendar.Deadline;

/**
 * {@code Task_DecidePreReview}: the two committees' decisions become one outcome ({@link PreReview}); an
 * accepted proposal opens the owners' opinion solicitation, a rejected one is recorded as such.
 */
@Component
class DecidePreReviewDelegate implements JavaDelegate {

    private final FeeProposals proposals;

    DecidePreReviewDelegate(FeeProposals proposals) {
        this.proposals = proposals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        PreReview.Outcome outcome = PreReview.outcome(
                PreReview.Decision.valueOf((String) execution.getVariable(VAR_RESIDENTS_COMMITTEE_DECISION)),
                PreReview.Decision.valueOf((String) execution.getVariable(VAR_OWNERS_COMMITTEE_DECISION)));
        execution.setVariable(VAR_PRE_REVIEW_OUTCOME, outcome.name());
        switch (outcome) {
            case REJECTED -> proposals.rejectedInPreReview((String) execution.getVariable(VAR_TRACKING_NUMBER));
            case ACCEPTED -> {
                Deadline opinionWindowEnds = proposals.calendar().daysFrom(proposals.calendar().now(),
                        (int) proposals.settings().opinionWindow().toDays());
                execution.setVariable(VAR_OPINION_WINDOW_ENDS, opinionWindowEnds.asDate());
            }
            case REVISE -> {
                // the revision round is counted by Task_RequestRevision, which both REVISE paths pass
            }
        }
    }
}
