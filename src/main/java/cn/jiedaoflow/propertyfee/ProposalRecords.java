package cn.jiedaoflow.propertyfee;

import cn.jiedaoflow.engine.EngineEdge;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

/**
 * What the case's process knows of a proposal that the owners may read: its latest version (fees, effective date,
 * reasons, the three lists), the audit, the hearing's date. Read from the engine's history (history level
 * {@code full}), which holds each variable's latest value, for running and ended cases alike; only the process's own
 * variables, never a task's local ones.
 */
@EngineEdge
@Component
class ProposalRecords {

    private final HistoryService history;

    ProposalRecords(HistoryService history) {
        this.history = history;
    }

    /** The process variables of the case, by name; empty when the engine has no such case. */
    Map<String, Object> of(String trackingNumber) {
        List<HistoricProcessInstance> cases = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(PropertyFeeAdjustment.PROCESS_KEY)
                .processInstanceBusinessKey(trackingNumber)
                .orderByProcessInstanceStartTime()
                .desc()
                .listPage(0, 1);
        if (cases.isEmpty()) {
            return Map.of();
        }
        String id = cases.get(0).getId();
        Map<String, Object> variables = new HashMap<>();
        for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
                .processInstanceId(id)
                .list()) {
            if (Objects.equals(variable.getActivityInstanceId(), id) && variable.getValue() != null) {
                variables.put(variable.getName(), variable.getValue());
            }
        }
        return variables;
    }
}
