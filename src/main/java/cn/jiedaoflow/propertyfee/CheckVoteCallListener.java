package cn.jiedaoflow.propertyfee;

import static cn.jiedaoflow.propertyfee.PropertyFeeAdjustment.*;

import cn.jiedaoflow.config.OfficeTime;
import cn.jiedaoflow.delegates.ProcedureDelegate;
import cn.jiedaoflow.engine.EngineRefusal;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completing {@code Task_CallVote} (an execution listener on the task's end, so that the refusal reaches the
 * caller as it is): the window's dates become dates, the window must close after it opens,
 * and the fee steps must keep the stepwise rule ({@link FeeSteps}); otherwise the task stays open and
 * Tasklist shows the message.
 */
@ProcedureDelegate("property-fee-adjustment")
@Component
class CheckVoteCallListener implements ExecutionListener, TaskListener {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PropertyFeeSettings settings;
    private final OfficeTime office;

    CheckVoteCallListener(PropertyFeeSettings settings, OfficeTime office) {
        this.settings = settings;
        this.office = office;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        try {
            Date opens = FeeStepsReader.instant(execution.getVariable(VAR_WINDOW_OPENS), office.zone());
            Date closes = FeeStepsReader.instant(execution.getVariable(VAR_WINDOW_CLOSES), office.zone());
            if (!closes.after(opens)) {
                throw EngineRefusal.of("表决截止时间必须晚于开始时间", "the voting window must close after it opens");
            }
            List<Map<String, Object>> stepRows = FeeStepsReader.fromFields(execution.getVariables(), office.zone());
            Object table =
                    stepRows.isEmpty() ? execution.getVariable(VAR_FEE_STEPS) : JSON.writeValueAsString(stepRows);
            settings.feeSteps()
                    .validate(FeeStepsReader.read(
                            table, RecordVoteOutcomeDelegate.proposedStep(execution, office.zone()), office.zone()));
            if (!stepRows.isEmpty()) {
                // the form's fixed rows become the table the later steps read
                execution.setVariable(VAR_FEE_STEPS, table);
            }
            execution.setVariable(VAR_WINDOW_OPENS, opens);
            execution.setVariable(VAR_WINDOW_CLOSES, closes);
            execution.removeVariable(VAR_VOTE_CALL_REFUSAL);
        } catch (BilingualRefusal e) {
            throw EngineRefusal.of(e.chinese(), e.english());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the fee steps cannot be written as JSON", e);
        }
    }

    /**
     * The same, as a task listener on {@code complete}: the model's first version named it so, and its running cases
     * keep that version.
     */
    @Override
    public void notify(DelegateTask task) {
        notify(task.getExecution());
    }
}
