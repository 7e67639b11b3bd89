package cn.jiedaoflow.propertyfee;

import static cn.jiedaoflow.propertyfee.PropertyFeeAdjustment.VAR_EXPENSE_ITEMS;
import static cn.jiedaoflow.propertyfee.PropertyFeeAdjustment.VAR_INCOME_ITEMS;
import static cn.jiedaoflow.propertyfee.PropertyFeeAdjustment.VAR_SERVICE_ITEMS;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Completing {@code Task_ReviseProposal} (and starting in Tasklist, through {@link CheckProposalDelegate}): the
 * three lists are written again from the form's fixed fields ({@link ProposalListFields}), so the lists the
 * owners read are always those of the latest version of the proposal.
 */
@Component
class ProposalListsListener implements TaskListener {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void notify(DelegateTask task) {
        record(task.getExecution());
    }

    static void record(VariableScope scope) {
        Map<String, Object> variables = scope.getVariables();
        try {
            List<Map<String, Object>> services = ProposalListFields.serviceItems(variables);
            if (services.isEmpty()) {
                throw new IllegalArgumentException("服务内容清单至少填写一项 / the service list needs at least one item");
            }
            scope.setVariable(VAR_INCOME_ITEMS, json(ProposalListFields.incomeItems(variables)));
            scope.setVariable(VAR_EXPENSE_ITEMS, json(ProposalListFields.expenseItems(variables)));
            scope.setVariable(VAR_SERVICE_ITEMS, json(services));
        } catch (IllegalArgumentException e) {
            throw new ProcessEngineException(e.getMessage(), e);
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
