package cn.jiedaoflow.ownersvote;

import cn.jiedaoflow.engine.EngineEdge;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/**
 * The owners module's application service onto the engine's decision service: evaluates the decision
 * {@code owners-vote-outcome}, which designers maintain in the model, for a tally.
 */
@EngineEdge
@Component
class VoteOutcomeApplicationService {

    private final DecisionService decisions;

    VoteOutcomeApplicationService(DecisionService decisions) {
        this.decisions = decisions;
    }

    /** The outcome; a tally the decision does not answer is a broken model, never a silent result. */
    String outcome(Tally tally) {
        DmnDecisionResultEntries result = decisions
                .evaluateDecisionByKey(OwnersVote.DECISION_KEY)
                .variables(tally.exactVariables())
                .evaluate()
                .getSingleResult();
        if (result == null) {
            throw new IllegalStateException("decision " + OwnersVote.DECISION_KEY + " gave no outcome for " + tally);
        }
        return result.getEntry("outcome");
    }
}
