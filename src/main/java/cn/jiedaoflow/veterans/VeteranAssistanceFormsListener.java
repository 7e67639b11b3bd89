package cn.jiedaoflow.veterans;

import cn.jiedaoflow.delegates.ProcedureDelegate;
import cn.jiedaoflow.engine.IntakeRefusals;
import cn.jiedaoflow.refusal.Refusal;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Hands each form of the procedure to {@link AssistanceTaskAnswers} before its task completes, and leaves in the
 * process what that returns. A refusal keeps the task open: Tasklist shows its message, in Chinese and English.
 */
@ProcedureDelegate("veteran-assistance")
@Component("veteranAssistanceFormsListener")
class VeteranAssistanceFormsListener implements TaskListener {

    private final AssistanceTaskAnswers answers;
    private final IntakeRefusals refusals;

    VeteranAssistanceFormsListener(AssistanceTaskAnswers answers, IntakeRefusals refusals) {
        this.answers = answers;
        this.refusals = refusals;
    }

    @Override
    public void notify(DelegateTask task) {
        AssistanceTaskAnswers.Taken taken;
        try {
            taken = answers.take(task.getTaskDefinitionKey(), task::getVariable);
        } catch (Refusal refused) {
            throw refusals.of(refused);
        }
        taken.removed().forEach(task::removeVariable);
        task.setVariables(taken.variables());
    }
}
