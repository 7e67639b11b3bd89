package cn.jiedaoflow.propertyfee;

import static cn.jiedaoflow.propertyfee.PropertyFeeAdjustment.*;

import cn.jiedaoflow.delegates.ProcedureDelegate;
import cn.jiedaoflow.engine.EngineRefusal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_DecidePreReview}: the two committees' decisions become one outcome ({@link PreReview}); an
 * accepted proposal opens the owners' opinion solicitation, a rejected one is recorded as such.
 */
@ProcedureDelegate("property-fee-adjustment")
@Component
class DecidePreReviewDelegate implements JavaDelegate {

    private final FeeProposals proposals;
    private final OpinionWindows windows;

    DecidePreReviewDelegate(FeeProposals proposals, OpinionWindows windows) {
        this.proposals = proposals;
        this.windows = windows;
    }

    @Override
    public void execute(DelegateExecution execution) {
        PreReview.Outcome outcome = PreReview.outcome(
                decision(execution, VAR_RESIDENTS_COMMITTEE_DECISION),
                decision(execution, VAR_OWNERS_COMMITTEE_DECISION));
        execution.setVariable(VAR_PRE_REVIEW_OUTCOME, outcome.name());
        switch (outcome) {
            case REJECTED -> proposals.rejectedInPreReview((String) execution.getVariable(VAR_TRACKING_NUMBER));
            case ACCEPTED ->
                execution.setVariable(
                        VAR_OPINION_WINDOW_ENDS,
                        windows.open((String) execution.getVariable(VAR_TRACKING_NUMBER))
                                .asDate());
            case REVISE -> {
                // the revision round is counted by Task_RequestRevision, which both REVISE paths pass
            }
        }
    }

    /** A committee's decision as its form gives it; anything else (a completion through the REST API) is refused. */
    private static PreReview.Decision decision(DelegateExecution execution, String variable) {
        Object value = execution.getVariable(variable);
        for (PreReview.Decision decision : PreReview.Decision.values()) {
            if (decision.name().equals(value)) {
                return decision;
            }
        }
        throw EngineRefusal.of(
                "预审意见 %s 须为 ACCEPT、REVISE 或 REJECT，而不是“%s”".formatted(variable, value),
                "the pre-review decision %s must be ACCEPT, REVISE or REJECT, not \"%s\"".formatted(variable, value));
    }
}
