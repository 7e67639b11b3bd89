package cn.jiedaoflow.propertyfee;

import static cn.jiedaoflow.propertyfee.PropertyFeeAdjustment.VAR_SUPERVISION_EVALUATION_DUE;
import static cn.jiedaoflow.propertyfee.PropertyFeeAdjustment.VAR_SUPERVISION_EVALUATION_DUE_PROVISIONAL;

import cn.jiedaoflow.calendar.Deadline;
import cn.jiedaoflow.delegates.ProcedureDelegate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ScheduleSupervision}: twelve months after the new fee took effect the supervision evaluation starts,
 * due {@code supervision-evaluation-working-days} working days later ({@link FeeProposals#supervisionEvaluationDue}).
 */
@ProcedureDelegate("property-fee-adjustment")
@Component
class ScheduleSupervisionDelegate implements JavaDelegate {

    private final FeeProposals proposals;

    ScheduleSupervisionDelegate(FeeProposals proposals) {
        this.proposals = proposals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Deadline due = proposals.supervisionEvaluationDue();
        execution.setVariable(VAR_SUPERVISION_EVALUATION_DUE, due.asDate());
        execution.setVariable(VAR_SUPERVISION_EVALUATION_DUE_PROVISIONAL, due.provisional());
    }
}
