package cn.jiedaoflow.onestop;

import static cn.jiedaoflow.onestop.OneStopApplicationProcess.*;

import cn.jiedaoflow.delegates.ProcedureDelegate;
import cn.jiedaoflow.engine.EngineRefusal;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Checks a pre-check before it completes: a decision of the three, every missing item listed at once for a
 * supplement (一次性告知), a reason for not accepting. Tasklist shows the message and keeps the task open.
 */
@ProcedureDelegate("one-stop-application")
@Component("checkOneStopPreCheckListener")
class OneStopPreCheckListener implements TaskListener {

    static final int MAX_TEXT = 2000;

    @Override
    public void notify(DelegateTask task) {
        PreCheckDecision decision = PreCheckDecision.parse(task.getVariable(VAR_PRE_CHECK_DECISION))
                .orElseThrow(() -> EngineRefusal.of("请选择预审结论：受理、补正或不予受理", "choose ACCEPT, SUPPLEMENT or NOT_ACCEPTED"));
        switch (decision) {
            case SUPPLEMENT ->
                requireText(
                        task, VAR_MISSING_ITEMS, "补正须一次性列明全部缺少的材料或信息", "list every missing item for the supplement");
            case NOT_ACCEPTED ->
                requireText(task, VAR_NOT_ACCEPTED_REASON, "不予受理须写明理由", "give the reason for not accepting");
            case ACCEPT -> {}
        }
    }

    private static void requireText(DelegateTask task, String variable, String chinese, String english) {
        Object value = task.getVariable(variable);
        if (!(value instanceof String text) || text.isBlank()) {
            throw EngineRefusal.of(chinese, english);
        }
        if (text.strip().length() > MAX_TEXT) {
            throw EngineRefusal.of("内容不能超过 " + MAX_TEXT + " 个字符", "at most " + MAX_TEXT + " characters");
        }
    }
}
