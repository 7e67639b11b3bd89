package cn.jiedaoflow.propertyfee;

import static cn.jiedaoflow.propertyfee.PropertyFeeAdjustment.*;

import cn.jiedaoflow.delegates.ProcedureDelegate;
import java.time.ZoneId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RecordVoteOutcome}: records the owners' vote (a failed vote starts the bar on new proposals), when
 * the published result may be acted on, and for a PASSED vote the new fee, the dates of its steps and when the
 * supervision evaluation is due ({@link FeeProposals#recordVote}).
 */
@ProcedureDelegate("property-fee-adjustment")
@Component
class RecordVoteOutcomeDelegate implements JavaDelegate {

    private final FeeProposals proposals;

    RecordVoteOutcomeDelegate(FeeProposals proposals) {
        this.proposals = proposals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        RecordedVote recorded = proposals.recordVote(
                (String) execution.getVariable(VAR_TRACKING_NUMBER),
                VoteOutcome.valueOf((String) execution.getVariable(VAR_VOTE_OUTCOME)),
                execution.getVariable(VAR_FEE_STEPS),
                proposedStep(execution, proposals.calendar().zone()));
        execution.setVariables(recorded.asVariables());
    }

    /** The proposal's own fees from its effective date: the one step when the vote call lists none. */
    static FeeStep proposedStep(VariableScope variables, ZoneId zone) {
        return new FeeStep(
                FeeStepsReader.date(variables.getVariable(VAR_EFFECTIVE_DATE), zone),
                FeeStepsReader.amount(variables.getVariable(VAR_PROPOSED_RESIDENTIAL_FEE)),
                FeeStepsReader.amount(variables.getVariable(VAR_PROPOSED_COMMERCIAL_FEE)),
                FeeStepsReader.amount(variables.getVariable(VAR_PROPOSED_PARKING_FEE)));
    }
}
