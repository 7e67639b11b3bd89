package cn.jiedaoflow.veterans;

import static cn.jiedaoflow.veterans.VeteranAssistance.*;

import java.math.BigDecimal;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Checks each form of the procedure before its task completes (Tasklist shows the message and keeps the task
 * open), stores the values in the types the decisions read, and records the decisions on the case: the
 * confirmed household on the visit, the relief, the head's and the leader's approvals, the payment reference.
 */
@Component("veteranAssistanceFormsListener")
class VeteranAssistanceFormsListener implements TaskListener {

    static final int MAX_TEXT = 2000;

    private final AssistanceCases cases;
    private final VeteranAssistanceSettings settings;

    VeteranAssistanceFormsListener(AssistanceCases cases, VeteranAssistanceSettings settings) {
        this.cases = cases;
        this.settings = settings;
    }

    @Override
    public void notify(DelegateTask task) {
        String trackingNumber = (String) task.getVariable(VAR_TRACKING_NUMBER);
        switch (task.getTaskDefinitionKey()) {
            case USER_TASK_HOME_VISIT -> visit(task);
            case USER_TASK_DECIDE_RELIEF -> relief(task, trackingNumber);
            case USER_TASK_APPROVE_BY_HEAD -> headApproval(task, trackingNumber);
            case USER_TASK_APPROVE_BY_LEADER -> leaderApproval(task, trackingNumber);
            case USER_TASK_DISBURSE -> text(task, VAR_PAYMENT_REFERENCE, "请填写发放凭证号 / give the payment reference");
            default -> throw new IllegalStateException("no checks for task " + task.getTaskDefinitionKey());
        }
    }

    private static void visit(DelegateTask task) {
        int householdSize = whole(task.getVariable(VAR_HOUSEHOLD_SIZE), 1, 20,
                "家庭人口须为 1 到 20 的整数 / the household has 1 to 20 persons");
        BigDecimal income = AssistanceAmounts.amount(task.getVariable(VAR_MONTHLY_HOUSEHOLD_INCOME), "家庭月收入");
        int grade = whole(task.getVariable(VAR_DISABILITY_GRADE), 0, 4,
                "残疾等级须为 0（无）到 4 / the disability grade is 0 (none) to 4");
        text(task, VAR_VISIT_FINDINGS, "请填写走访情况 / record what the visit found");
        task.setVariable(VAR_HOUSEHOLD_SIZE, householdSize);
        task.setVariable(VAR_MONTHLY_HOUSEHOLD_INCOME, income.doubleValue());
        task.setVariable(VAR_DISABILITY_GRADE, grade);
        task.setVariable(VAR_LEGAL_DISPUTE, Boolean.TRUE.equals(task.getVariable(VAR_LEGAL_DISPUTE)));
    }

    private void relief(DelegateTask task, String trackingNumber) {
        Object decision = task.getVariable(VAR_RELIEF_DECISION);
        if ("GRANT".equals(decision)) {
            BigDecimal amount = AssistanceAmounts.amount(task.getVariable(VAR_RELIEF_AMOUNT), "临时救助金额");
            task.setVariable(VAR_RELIEF_AMOUNT, amount.doubleValue());
            cases.reliefDecided(trackingNumber, amount);
        } else if ("DENY".equals(decision)) {
            cases.reliefDecided(trackingNumber, null);
        } else {
            throw new IllegalArgumentException("请选择是否给予临时救助 / choose GRANT or DENY");
        }
    }

    private void headApproval(DelegateTask task, String trackingNumber) {
        Object decision = task.getVariable(VAR_HEAD_DECISION);
        if ("REJECT".equals(decision)) {
            text(task, VAR_APPROVAL_REASON, "不同意须写明理由 / give the reason for rejecting");
            task.setVariable(VAR_LEADER_APPROVAL_NEEDED, false);
            return;
        }
        if (!"APPROVE".equals(decision)) {
            throw new IllegalArgumentException("请选择审批意见 / choose APPROVE or REJECT");
        }
        BigDecimal amount = AssistanceAmounts.amount(task.getVariable(VAR_APPROVED_AMOUNT), "帮扶金额");
        long maximum = ((Number) task.getVariable(VAR_MAX_AMOUNT)).longValue();
        if (AssistanceAmounts.needsReason(amount, maximum)) {
            text(task, VAR_APPROVAL_REASON, "金额超过建议上限 " + maximum + " 元，须写明理由 / an amount above the suggested "
                    + "maximum of " + maximum + " needs a written reason");
        }
        boolean leader = AssistanceAmounts.needsLeader(amount, settings.leaderApprovalAbove());
        task.setVariable(VAR_APPROVED_AMOUNT, amount.doubleValue());
        task.setVariable(VAR_LEADER_APPROVAL_NEEDED, leader);
        task.setVariable(VAR_LEADER_APPROVAL_ABOVE, settings.leaderApprovalAbove().toPlainString());
        if (!leader) {
            cases.approved(trackingNumber, amount);
        }
    }

    private void leaderApproval(DelegateTask task, String trackingNumber) {
        Object decision = task.getVariable(VAR_LEADER_DECISION);
        if ("REJECT".equals(decision)) {
            text(task, VAR_LEADER_OPINION, "不同意须写明意见 / give the reason for rejecting");
        } else if ("APPROVE".equals(decision)) {
            cases.approved(trackingNumber, AssistanceAmounts.amount(task.getVariable(VAR_APPROVED_AMOUNT), "帮扶金额"));
        } else {
            throw new IllegalArgumentException("请选择审批意见 / choose APPROVE or REJECT");
        }
    }

    private static int whole(Object value, int min, int max, String message) {
        return AssistanceAmounts.wholeNumber(value, min, max).orElseThrow(() -> new IllegalArgumentException(message));
    }

    private static void text(DelegateTask task, String variable, String message) {
        Object value = task.getVariable(variable);
        if (!(value instanceof String text) || text.isBlank()) {
            throw new IllegalArgumentException(message);
        }
        if (text.strip().length() > MAX_TEXT) {
            throw new IllegalArgumentException("内容不能超过 " + MAX_TEXT + " 个字符 / at most " + MAX_TEXT + " characters");
        }
    }
}
