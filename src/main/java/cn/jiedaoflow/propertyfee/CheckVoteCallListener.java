package cn.jiedaoflow.propertyfee;

import static cn.jiedaoflow.propertyfee.PropertyFeeAdjustment.*;

import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Completing {@code Task_CallVote}: the window's dates become dates, the window must close after it opens,
 * and the fee steps must keep the stepwise rule ({@link FeeSteps}); otherwise the task stays open and
 * Tasklist shows the message.
 */
@Component
class CheckVoteCallListener implements TaskListener {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PropertyFeeSettings settings;

    CheckVoteCallListener(PropertyFeeSettings settings) {
        this.settings = settings;
    }

    @Override
    public void notify(DelegateTask task) {
        try {
            Date opens = FeeStepsReader.instant(task.getVariable(VAR_WINDOW_OPENS));
            Date closes = FeeStepsReader.instant(task.getVariable(VAR_WINDOW_CLOSES));
            if (!closes.after(opens)) {
                throw new IllegalArgumentException("表决截止时间必须晚于开始时间 / the voting window must close after it opens");
            }
            List<Map<String, Object>> stepRows = FeeStepsReader.fromFields(task.getVariables());
            Object table = stepRows.isEmpty() ? task.getVariable(VAR_FEE_STEPS) : JSON.writeValueAsString(stepRows);
            settings.feeSteps().validate(FeeStepsReader.read(table, RecordVoteOutcomeDelegate.proposedStep(task)));
            if (!stepRows.isEmpty()) {
                // the form's fixed rows become the table the later steps read
                task.getExecution().setVariable(VAR_FEE_STEPS, table);
            }
            task.getExecution().setVariable(VAR_WINDOW_OPENS, opens);
            task.getExecution().setVariable(VAR_WINDOW_CLOSES, closes);
            task.getExecution().removeVariable(VAR_VOTE_CALL_REFUSAL);
        } catch (IllegalArgumentException e) {
            throw new ProcessEngineException(e.getMessage(), e);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the fee steps cannot be written as JSON", e);
        }
    }
}
