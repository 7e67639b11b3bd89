package cn.jiedaoflow.propertyfee;

import static cn.jiedaoflow.propertyfee.PropertyFeeAdjustment.VAR_EXPENSE_ITEMS;
import static cn.jiedaoflow.propertyfee.PropertyFeeAdjustment.VAR_INCOME_ITEMS;
import static cn.jiedaoflow.propertyfee.PropertyFeeAdjustment.VAR_SERVICE_ITEMS;

import cn.jiedaoflow.delegates.ProcedureDelegate;
import cn.jiedaoflow.engine.EngineRefusal;
import cn.jiedaoflow.refusal.Refusal;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Completing {@code Task_ReviseProposal} (an execution listener on the task's end, so that a refusal reaches the
 * caller as it is; and starting in Tasklist, through {@link CheckProposalDelegate}): the
 * revised proposal passes the intake's rules on its content ({@link ProposalIntake#checkContent}, as a new one
 * would), and the three lists are written again from the form's fixed fields ({@link ProposalListFields}), so the
 * lists the owners read are always those of the latest version of the proposal; the notes of the rows a proposal
 * filed through the API carried stay with their categories. A refusal keeps the task open
 * with the message in Chinese and English.
 */
@ProcedureDelegate("property-fee-adjustment")
@Component
class ProposalListsListener implements ExecutionListener, TaskListener {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ProposalIntake intake;
    private final MessageSource messages;

    ProposalListsListener(ProposalIntake intake, MessageSource messages) {
        this.intake = intake;
        this.messages = messages;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        try {
            intake.checkForm(execution.getVariables());
        } catch (Refusal problem) {
            throw ProposalIntakeListener.refusal(problem, messages);
        }
        record(execution);
    }

    /**
     * The same, as a task listener on {@code complete}: the model's first version named it so, and its running cases
     * keep that version.
     */
    @Override
    public void notify(DelegateTask task) {
        notify(task.getExecution());
    }

    static void record(VariableScope scope) {
        Map<String, Object> variables = scope.getVariables();
        try {
            List<Map<String, Object>> services = ProposalListFields.serviceItems(variables);
            if (services.isEmpty()) {
                throw EngineRefusal.of("服务内容清单至少填写一项", "the service list needs at least one item");
            }
            // a revision: the lists as they were keep what the form cannot show (the API's notes)
            scope.setVariable(
                    VAR_INCOME_ITEMS,
                    json(ProposalListFields.incomeItems(
                            variables, FeeStepsReader.rows(variables.get(VAR_INCOME_ITEMS)))));
            scope.setVariable(
                    VAR_EXPENSE_ITEMS,
                    json(ProposalListFields.expenseItems(
                            variables, FeeStepsReader.rows(variables.get(VAR_EXPENSE_ITEMS)))));
            scope.setVariable(VAR_SERVICE_ITEMS, json(services));
        } catch (BilingualRefusal e) {
            throw EngineRefusal.of(e.chinese(), e.english());
        }
    }

    private static Object json(List<Map<String, Object>> rows) {
        try {
            return SpinValues.jsonValue(JSON.writeValueAsString(rows)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the proposal's lists cannot be written as JSON", e);
        }
    }
}
