package cn.jiedaoflow.propertyfee;

import static cn.jiedaoflow.propertyfee.PropertyFeeAdjustment.*;

import cn.jiedaoflow.delegates.ProcedureDelegate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_CheckProposal}: the bar after a failed vote, the proposal's record and the end of its publication
 * ({@link FeeProposals#check}). The intake's rules (the estate, its register and area, the starter's scope, the
 * proposal's content) have run before, in the API or in the process's start listener ({@link ProposalIntakeListener}).
 */
@ProcedureDelegate("property-fee-adjustment")
@Component
class CheckProposalDelegate implements JavaDelegate {

    private final FeeProposals proposals;

    CheckProposalDelegate(FeeProposals proposals) {
        this.proposals = proposals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        if (!execution.hasVariable(VAR_INCOME_ITEMS)) {
            // started in Tasklist: the lists come from the form's fixed fields
            ProposalListsListener.record(execution);
        }
        ProposalCheck check = proposals.check(
                execution.getProcessBusinessKey(), ((Number) execution.getVariable(VAR_ESTATE_ID)).longValue(), (String)
                        execution.getVariable(VAR_PROPOSED_BY));
        if (execution.getProcessBusinessKey() == null) {
            execution.setProcessBusinessKey(check.trackingNumber());
        }
        execution.setVariables(check.asVariables());
    }
}
