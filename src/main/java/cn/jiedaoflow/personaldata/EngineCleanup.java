package cn.jiedaoflow.personaldata;

import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Removes from the engine, at every start, what cases from before the personal-data rules left there: variables of
 * a {@linkplain SensitiveVariables sensitive name} (running cases), their history with its details and byte arrays,
 * and the history of form fields of such names. The applications' own records hold these values already (they
 * always did); the forms of running cases show them masked or not at all. A {@link MaskedVariable} written unmasked
 * loses its history and, in a running case, is written again masked. Nothing to do on a database that has only
 * known the rules: the start costs a few empty queries.
 */
@Component
@Order(60)
class EngineCleanup implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(EngineCleanup.class);

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final HistoryService history;
    private final JdbcTemplate jdbc;
    private final List<MaskedVariable> maskedVariables;

    EngineCleanup(
            RuntimeService runtime,
            TaskService tasks,
            HistoryService history,
            JdbcTemplate jdbc,
            List<MaskedVariable> maskedVariables) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.history = history;
        this.jdbc = jdbc;
        this.maskedVariables = List.copyOf(maskedVariables);
    }

    @Override
    public void run(ApplicationArguments args) {
        int variables = 0;
        int historic = 0;
        for (String name : SensitiveVariables.NAMES) {
            for (VariableInstance variable :
                    runtime.createVariableInstanceQuery().variableName(name).list()) {
                if (variable.getTaskId() != null) {
                    tasks.removeVariableLocal(variable.getTaskId(), name);
                } else {
                    runtime.removeVariableLocal(variable.getExecutionId(), name);
                }
                variables++;
            }
            for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
                    .variableName(name)
                    .list()) {
                history.deleteHistoricVariableInstance(variable.getId());
                historic++;
            }
        }
        List<String> names = List.copyOf(SensitiveVariables.NAMES);
        int formFields = jdbc.update(
                "DELETE FROM ACT_HI_DETAIL WHERE TYPE_ = 'FormProperty' AND NAME_ IN ("
                        + String.join(", ", names.stream().map(name -> "?").toList()) + ")",
                names.toArray());
        int masked = 0;
        for (MaskedVariable variable : maskedVariables) {
            masked += mask(variable);
        }
        if (variables + historic + formFields + masked > 0) {
            LOG.info(
                    "personal data removed from the engine: {} variable(s) of running cases, {} historic variable(s), "
                            + "{} historic form field(s), {} unmasked value(s) masked; the applications' records"
                            + " keep them",
                    variables,
                    historic,
                    formFields,
                    masked);
        }
    }

    private int mask(MaskedVariable variable) {
        int masked = 0;
        for (HistoricVariableInstance written : history.createHistoricVariableInstanceQuery()
                .variableName(variable.variableName())
                .disableCustomObjectDeserialization()
                .list()) {
            if (!(written.getValue() instanceof String text)
                    || !variable.unmasked().matcher(text).find()) {
                continue;
            }
            history.deleteHistoricVariableInstance(written.getId());
            ProcessInstance running = runtime.createProcessInstanceQuery()
                    .processInstanceId(written.getProcessInstanceId())
                    .singleResult();
            if (running != null
                    && running.getBusinessKey() != null
                    && runtime.getVariable(running.getId(), variable.variableName()) != null) {
                variable.masked(running.getBusinessKey())
                        .ifPresent(value -> runtime.setVariable(running.getId(), variable.variableName(), value));
            }
            masked++;
        }
        return masked;
    }
}
