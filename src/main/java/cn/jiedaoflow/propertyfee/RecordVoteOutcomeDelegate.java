package cn.jiedaoflow.propertyfee;

import static cn.jiedaoflow.propertyfee.PropertyFeeAdjustment.*;

import cn.jiedaoflow.calendar.WorkingCalendar;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RecordVoteOutcome}: records the owners' vote (a failed vote starts the six-month bar), when
 * the published result may be acted on, and for a PASSED vote the new fee, the dates of its steps and when
 * the supervision evaluation is due.
 */
@Component
class RecordVoteOutcomeDelegate implements JavaDelegate {

    private final FeeProposals proposals;

    RecordVoteOutcomeDelegate(FeeProposals proposals) {
        this.proposals = proposals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        VoteOutcome outcome = VoteOutcome.valueOf((String) execution.getVariable(VAR_VOTE_OUTCOME));
        String trackingNumber = (String) execution.getVariable(VAR_TRACKING_NUMBER);
        WorkingCalendar calendar = proposals.calendar();
        PropertyFeeSettings settings = proposals.settings();
        execution.setVariable(
                VAR_RESULT_PUBLICATION_ENDS,
                calendar.daysFrom(calendar.now(), (int)
                                settings.resultPublication().toDays())
                        .asDate());
        if (outcome.failed()) {
            proposals.voted(trackingNumber, outcome, List.of());
            return;
        }
        List<FeeStep> steps = settings.feeSteps()
                .validate(FeeStepsReader.read(execution.getVariable(VAR_FEE_STEPS), proposedStep(execution)));
        proposals.voted(trackingNumber, outcome, steps);
        List<Date> dates = new ArrayList<>();
        steps.forEach(step -> dates.add(Date.from(FeeProposals.startOfDay(step.takesEffect()))));
        execution.setVariable(VAR_FEE_STEP_DATES, dates);
        execution.setVariable(
                VAR_SUPERVISION_DUE,
                Date.from(FeeProposals.startOfDay(steps.get(0).takesEffect().plus(settings.supervisionAfter()))));
    }

    /** The proposal's own fees from its effective date: the one step when the vote call lists none. */
    static FeeStep proposedStep(VariableScope variables) {
        return new FeeStep(
                FeeStepsReader.date(variables.getVariable(VAR_EFFECTIVE_DATE)),
                FeeStepsReader.amount(variables.getVariable(VAR_PROPOSED_RESIDENTIAL_FEE)),
                FeeStepsReader.amount(variables.getVariable(VAR_PROPOSED_COMMERCIAL_FEE)),
                FeeStepsReader.amount(variables.getVariable(VAR_PROPOSED_PARKING_FEE)));
    }
}
