package cn.jiedaoflow.propertyfee;

import static cn.jiedaoflow.propertyfee.PropertyFeeAdjustment.*;

import cn.jiedaoflow.calendar.Deadline;
import java.time.LocalDate;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_CheckProposal}: the six-month rule again (a proposal started in Tasklist has not passed the API's
 * check), then records the proposal under its tracking number, with the estate and residents' area it is filed
 * in, and computes the end of publication. The intake's rules (the estate, its register and area, the starter's
 * scope, the proposal's content) have run before, in the API or in the process's start listener
 * ({@link ProposalIntakeListener}).
 */
@Component
class CheckProposalDelegate implements JavaDelegate {

    private final FeeProposals proposals;

    CheckProposalDelegate(FeeProposals proposals) {
        this.proposals = proposals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long estateId = ((Number) execution.getVariable(VAR_ESTATE_ID)).longValue();
        String trackingNumber = execution.getProcessBusinessKey();
        if (trackingNumber == null) {
            trackingNumber = proposals.newTrackingNumber();
            execution.setProcessBusinessKey(trackingNumber);
        }
        execution.setVariable(VAR_TRACKING_NUMBER, trackingNumber);
        execution.setVariable(VAR_ESTATE_ID, estateId);
        execution.setVariable(VAR_REVISION_ROUND, 0);
        execution.setVariable(VAR_REVISION_CAP_REACHED, false);
        if (!execution.hasVariable(VAR_INCOME_ITEMS)) {
            // started in Tasklist: the lists come from the form's fixed fields
            ProposalListsListener.record(execution);
        }

        Optional<LocalDate> barredUntil = proposals.barredUntil(estateId);
        execution.setVariable(VAR_REFUSED_WITHIN_SIX_MONTHS, barredUntil.isPresent());
        if (barredUntil.isPresent()) {
            execution.setVariable(
                    VAR_REFUSAL_REASON, refusal(estateId, proposals.settings().failedVoteBar(), barredUntil.get()));
            return;
        }
        proposals.register(trackingNumber, estateId, (String) execution.getVariable(VAR_PROPOSED_BY));
        Deadline publicationEnds = proposals
                .calendar()
                .daysFrom(proposals.calendar().now(), (int)
                        proposals.settings().publication().toDays());
        execution.setVariable(VAR_PUBLICATION_ENDS, publicationEnds.asDate());
        execution.setVariable(VAR_PUBLICATION_ENDS_PROVISIONAL, publicationEnds.provisional());
    }

    static String refusal(long estateId, FailedVoteBar bar, LocalDate allowedFrom) {
        return ("小区 %d 的物业费调价表决未通过不满 %s，%s 起方可再次提出调价方案。"
                        + " / The owners of estate %d voted a fee adjustment down less than %s ago;"
                        + " a new proposal is allowed from %s.")
                .formatted(estateId, bar.inChinese(), allowedFrom, estateId, bar.inEnglish(), allowedFrom);
    }
}
